import type { FormProblem } from './decide-form';

/**
 * Every `FormProblem` (decide-form.ts says what each means), as data for the schemas: the
 * content scripts' messages (zod/mini) and the guide's storage (full zod) build their enums from
 * this one list.
 */
export const FORM_PROBLEMS = [
  'no-tenant-url',
  'no-secret-token',
  'secret-not-password',
  'ambiguous',
  'hidden',
  'disabled',
  'unconfirmed',
] as const satisfies readonly FormProblem[];

// A FormProblem missing from the list is a type error here.
type Missing = Exclude<FormProblem, (typeof FORM_PROBLEMS)[number]>;
const FORM_PROBLEMS_COMPLETE: [Missing] extends [never] ? true : never = true;
void FORM_PROBLEMS_COMPLETE;
