// The error lives in the model (every layer that refuses an input raises the same one); re-exported here.
export { InvalidInputError } from '../model/errors.js';
