import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { schemaDir, schemaFiles, type ScormVersion } from './schemas.ts';

/** The namespaces a manifest of each version uses, and the official XSD for each. */
const NAMESPACES: Record<ScormVersion, [namespace: string, file: string][]> = {
  scorm12: [
    ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'imscp_rootv1p1p2.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'adlcp_rootv1p2.xsd'],
  ],
  scorm2004: [
    ['http://www.imsglobal.org/xsd/imscp_v1p1', 'imscp_v1p1.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_v1p3', 'adlcp_v1p3.xsd'],
    ['http://www.adlnet.org/xsd/adlseq_v1p3', 'adlseq_v1p3.xsd'],
    ['http://www.adlnet.org/xsd/adlnav_v1p3', 'adlnav_v1p3.xsd'],
    ['http://www.imsglobal.org/xsd/imsss', 'imsss_v1p0.xsd'],
  ],
};

export interface ManifestValidation {
  valid: boolean;
  errors: string[];
}

export interface SchemaFile {
  fileName: string;
  contents: string;
}

/**
 * The official XSD set for one SCORM version, as libxml2 needs it. ADL's SCORM 1.2
 * ims_xml.xsd declares the xml namespace as the default namespace, which libxml2 rejects; for
 * validation only, W3C's own xml.xsd (same xml:lang attribute) stands in.
 */
export async function manifestSchemaSet(version: ScormVersion): Promise<SchemaFile[]> {
  const dir = schemaDir(version);
  const files = await schemaFiles(version);
  const preload = await Promise.all(files.map(async (fileName) => ({ fileName, contents: await readFile(join(dir, fileName), 'utf8') })));
  if (version === 'scorm12') {
    const w3c = await readFile(join(schemaDir('scorm2004'), 'xml.xsd'), 'utf8');
    for (const p of preload) if (p.fileName === 'ims_xml.xsd') p.contents = w3c;
    for (const dtd of ['XMLSchema.dtd', 'datatypes.dtd']) preload.push({ fileName: dtd, contents: await readFile(join(schemaDir('scorm2004'), dtd), 'utf8') });
  }
  return preload;
}

/**
 * Validates a manifest against the official XSDs with libxml2 (xmllint-wasm, no network).
 * xmllint takes one main schema, so a small driver schema imports every namespace the
 * manifest uses; `lax`/`strict` wildcards in imscp then resolve against the real ADL XSDs.
 * `schemas` lets a caller that carries the XSDs itself (the one-file package checker) pass them.
 */
export async function validateManifest(xml: string, version: ScormVersion, schemas?: SchemaFile[]): Promise<ManifestValidation> {
  const preload = schemas ?? (await manifestSchemaSet(version));
  const driver = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:x-manifest-driver" elementFormDefault="qualified">',
    ...NAMESPACES[version].map(([ns, file]) => `  <xs:import namespace="${ns}" schemaLocation="${file}"/>`),
    '</xs:schema>',
  ].join('\n');
  const result = await validateXML({
    xml: [{ fileName: 'imsmanifest.xml', contents: xml }],
    schema: [{ fileName: 'manifest-driver.xsd', contents: driver }],
    preload,
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage) };
}
