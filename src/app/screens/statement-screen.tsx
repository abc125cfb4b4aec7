import type { Locale } from '../../../course/schema/index.ts';
import type { Statement } from '../../accessibility/statement.ts';
import { useApp } from '../context.ts';

declare global {
  interface Window {
    /** Written with the lessons into course-data.js (packaging/vite/course-plugin.ts), from src/accessibility/statement.ts, one per course language. */
    __COURSE_STATEMENT__?: Partial<Record<Locale, Statement>>;
  }
}

/** The accessibility statement inside the course, in the learner's language, with the agency's feedback address. */
export function StatementScreen() {
  const { locale } = useApp();
  const statement = window.__COURSE_STATEMENT__?.[locale] ?? window.__COURSE_STATEMENT__?.nb;
  if (!statement) return null;
  return (
    <article class="statement" aria-labelledby="statement-h">
      <h1 id="statement-h" tabIndex={-1}>{statement.title}</h1>
      {statement.sections.map((s) => (
        <section key={s.heading}>
          <h2>{s.heading}</h2>
          {s.paragraphs.map((p, i) => <p key={i}>{p}</p>)}
          {s.list && <ul>{s.list.map((item, i) => <li key={i}>{item}</li>)}</ul>}
          {s.contact && (
            <p class="contact" data-contact>
              {s.contact.name}
              {s.contact.email && <>: <a href={`mailto:${s.contact.email}`}>{s.contact.email}</a></>}
              {s.contact.url && <>, <a href={s.contact.url}>{s.contact.url}</a></>}
            </p>
          )}
        </section>
      ))}
    </article>
  );
}
