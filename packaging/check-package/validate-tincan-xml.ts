import { validateXML } from 'xmllint-wasm';

/** tincan.xml against the structure LMSs read (tincan.xsd beside this file; see its comment). */
export async function validateTincanXml(text: string, xsd: string): Promise<{ valid: boolean; errors: string[] }> {
  const result = await validateXML({ xml: [{ fileName: 'tincan.xml', contents: text }], schema: [{ fileName: 'tincan.xsd', contents: xsd }] });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage) };
}
