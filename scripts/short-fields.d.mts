/** See short-fields.mjs. */
export declare const SHORT_FIELDS: RegExp;
