/** The <file href> entries of a manifest (test helper; the manifests are machine-written and regular). */
export function manifestFileList(xml: string): string[] {
  return [...xml.matchAll(/<file href="([^"]+)"\s*\/>/g)].map((m) => m[1] ?? '');
}
