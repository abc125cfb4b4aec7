/**
 * Loads one of the package's own classic scripts that defines a global (course-data.js, a
 * language pack) and resolves with what it defined. A classic script, not fetch() or import():
 * it works from file:// and under `default-src 'self'` with no inline code or eval. A script that
 * fails to load is taken out again, so a later call can add a fresh one and try again.
 */
export function loadClassicScript<T>(win: Window, src: string, read: () => T | undefined, what: string): Promise<T> {
  const already = read();
  if (already !== undefined) return Promise.resolve(already);
  return new Promise((resolve, reject) => {
    const script = win.document.createElement('script');
    script.src = src;
    script.onload = () => {
      const value = read();
      if (value !== undefined) resolve(value);
      else reject(new Error(`${src} loaded but defined no ${what}`));
    };
    script.onerror = () => {
      script.remove();
      reject(new Error(`${src} could not be loaded`));
    };
    win.document.head.appendChild(script);
  });
}
