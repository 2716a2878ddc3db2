/** The SCIM key rotation (issue #14): when it is due, what to delete first, its steps. Pure. */
export * from './due';
export * from './flow';
