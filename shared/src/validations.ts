/** Limits shared by client forms, zod schemas and the server. */
export const Limits = {
  emailMax: 254,
  passwordMin: 12,
  passwordMax: 256,
  displayNameMax: 80,
  organisationMax: 120,
  partnershipNameMax: 120,
  placeMax: 80,
  descriptionMax: 2000,
  planTitleMax: 160,
  inviteDaysMax: 30,
  inviteDaysDefault: 7,
  /** Largest JSON body accepted by the REST API. */
  jsonBodyBytes: 256 * 1024,
  /** Largest websocket message accepted by the sync endpoint. */
  collabMessageBytes: 2 * 1024 * 1024,
} as const;
