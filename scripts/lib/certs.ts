/**
 * HTTPS credentials for the task pane, from office-addin-dev-certs. Trusting its CA needs
 * administrator rights (sudo on Linux); where that fails, the generated certificates are still used
 * and we say what to do, instead of refusing to start.
 */
import { existsSync, readFileSync } from 'node:fs';

interface Credentials {
  key: Buffer;
  cert: Buffer;
  ca: Buffer;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const devCerts = require('office-addin-dev-certs') as {
  getHttpsServerOptions(days?: number): Promise<{ key: Buffer; cert: Buffer; ca: Buffer }>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const defaults = require('office-addin-dev-certs/lib/defaults') as {
  caCertificatePath: string;
  localhostCertificatePath: string;
  localhostKeyPath: string;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const generate = require('office-addin-dev-certs/lib/generate') as {
  generateCertificates(): Promise<void>;
};

function readGenerated(): Credentials | null {
  const files = [defaults.localhostKeyPath, defaults.localhostCertificatePath, defaults.caCertificatePath];
  if (!files.every((f) => existsSync(f))) return null;
  return {
    key: readFileSync(defaults.localhostKeyPath),
    cert: readFileSync(defaults.localhostCertificatePath),
    ca: readFileSync(defaults.caCertificatePath),
  };
}

export async function httpsCredentials(): Promise<Credentials> {
  const quiet = console.log;
  try {
    // office-addin-dev-certs reports progress on stdout; keep npm start's output to what matters
    console.log = () => undefined;
    const opts = await devCerts.getHttpsServerOptions();
    return { key: opts.key, cert: opts.cert, ca: opts.ca };
  } catch (err) {
    console.log = quiet;
    let creds = readGenerated();
    if (!creds) {
      await generate.generateCertificates();
      creds = readGenerated();
    }
    if (!creds) throw new Error(`could not create HTTPS certificates: ${err instanceof Error ? err.message : String(err)}`);
    console.log(
      `Note: the development CA (${defaults.caCertificatePath}) is not trusted by this system; ` +
        'browsers will warn. To trust it: "npx office-addin-dev-certs install" with administrator rights.',
    );
    return creds;
  } finally {
    console.log = quiet;
  }
}
