import * as validation from 'xapi-validation';

interface Warning {
  path: (string | number)[];
  message: string;
  name: string;
  typeName?: string;
  data?: unknown;
}

/** Learning Locker's validator; its CommonJS default export arrives wrapped once or twice. */
type Validate = (data: unknown) => Warning[];
const mod = validation as unknown as { default: Validate | { default: Validate } };
const validate: Validate = typeof mod.default === 'function' ? mod.default : mod.default.default;

/** Every problem xapi-validation finds in one statement, as readable lines; [] when clean. */
export function statementWarnings(statement: unknown): string[] {
  return validate(statement).map((w) => `${w.path.join('.')}: ${w.name}${w.typeName ? ` (${w.typeName})` : ''} ${(JSON.stringify(w.data) as string | undefined)?.slice(0, 120) ?? ''}`);
}
