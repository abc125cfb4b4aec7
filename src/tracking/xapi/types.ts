/**
 * The slice of the xAPI 1.0.3 data model the course sends (xAPI 1.0.3 Part Two §2.4).
 * Written by hand rather than imported from @xapi/xapi so the browser bundle carries no
 * library; the shapes follow the spec's property names exactly, and a test holds them
 * assignable to @xapi/xapi's types (test/unit/tracking/xapi/library-types.test.ts).
 */
export type LanguageMap = Record<string, string>;

export interface Account {
  homePage: string;
  name: string;
}

/** An Agent with exactly one inverse functional identifier (xAPI §2.4.2.1). */
export interface Agent {
  objectType?: 'Agent';
  name?: string;
  mbox?: string;
  mbox_sha1sum?: string;
  openid?: string;
  account?: Account;
}

export interface Verb {
  id: string;
  display: LanguageMap;
}

export interface InteractionComponent {
  id: string;
  description: LanguageMap;
}

export type Extensions = Record<string, unknown>;

export interface ActivityDefinition {
  name?: LanguageMap;
  description?: LanguageMap;
  type?: string;
  interactionType?: 'choice' | 'sequencing' | 'long-fill-in' | 'other';
  correctResponsesPattern?: string[];
  choices?: InteractionComponent[];
  extensions?: Extensions;
}

export interface Activity {
  objectType: 'Activity';
  id: string;
  definition?: ActivityDefinition;
}

export interface Score {
  /** Optional in xAPI, but cmi5 §9.5.1 wants it on passed/failed and @xapi/xapi requires it: always sent. */
  scaled: number;
  raw?: number;
  min?: number;
  max?: number;
}

export interface Result {
  score?: Score;
  success?: boolean;
  completion?: boolean;
  response?: string;
  duration?: string;
  extensions?: Extensions;
}

export interface ContextActivities {
  parent?: Activity[];
  grouping?: Activity[];
  category?: Activity[];
  other?: Activity[];
}

export interface Context {
  registration?: string;
  contextActivities?: ContextActivities;
  language?: string;
  extensions?: Extensions;
}

export interface Statement {
  id: string;
  actor: Agent;
  verb: Verb;
  object: Activity;
  result?: Result;
  context?: Context;
  /** ISO 8601 in UTC (cmi5 §9.7: all timestamps MUST be recorded in UTC). */
  timestamp: string;
}
