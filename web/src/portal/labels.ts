/** The portal reads the shared Chinese labels of the API's codes. */
export * from '../shared/labels';
