/** The add-in's version, as the signing record states the checker's. */
import pkg from '../../package.json';

export const APP_VERSION: string = pkg.version;
