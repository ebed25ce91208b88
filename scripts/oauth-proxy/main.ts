/**
 * `npx node scripts/oauth-proxy/main.ts`: runs the GitHub OAuth proxy with the
 * settings of config.ts (environment variables). See README.md beside it.
 */
import { readConfig } from './config.ts';
import { createOAuthProxy } from './server.ts';

try {
  const config = readConfig();
  createOAuthProxy(config).listen(config.port, config.host, () => {
    console.log(
      `Máy chủ đăng nhập GitHub / OAuth proxy: http://${config.host}:${config.port} → ${config.publicUrl} (${config.allowedOrigins.join(', ')})`,
    );
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
