// First: tracing, when configured, must see `http` and `pg` load.
import { tracing } from './platform/telemetry/start-tracing';
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { AppConfig, ConfigError, loadConfig } from './platform/config/app-config';
import { startEmbeddedDatabase } from './platform/database/embedded-postgres';
import { migrateDatabase } from './platform/database/migrate';
import { assertSchemaCurrent, SchemaBehindError } from './platform/database/schema-current';
import { UnsafeRuntimeRoleError } from './platform/database/runtime-role-check';
import { seedDemoData } from './demo/demo-seeder';
import { Lifecycle } from './platform/health/lifecycle';

/** Start-up messages before the structured logger exists: one JSON line each. */
const announce = (level: 'info' | 'error', msg: string, extra: Record<string, unknown> = {}) =>
  process[level === 'error' ? 'stderr' : 'stdout'].write(`${JSON.stringify({ level, time: Date.now(), msg, ...extra })}\n`);

/** How long requests in flight may take to be answered after SIGTERM before the process exits anyway. */
const SHUTDOWN_DEADLINE_MS = 10_000;

interface ResolvedDatabase {
  config: AppConfig;
  /** Stops the embedded PostgreSQL, when this process started one. */
  stop: () => Promise<void>;
}

async function resolveDatabase(config: AppConfig): Promise<ResolvedDatabase> {
  if (config.database.ownerUrl || config.database.appUrl) return { config, stop: async () => undefined };
  announce('info', 'DATABASE_URL is not set: starting the embedded PostgreSQL', { dir: config.database.embeddedDir });
  const embedded = await startEmbeddedDatabase(config.database.embeddedDir, (message) => announce('error', message));
  // Until the service is up, a signal only has the database to stop.
  const early = () => void embedded.stop().finally(() => process.exit(0));
  process.once('SIGINT', early);
  process.once('SIGTERM', early);
  const stop = async () => {
    process.off('SIGINT', early);
    process.off('SIGTERM', early);
    await embedded.stop();
  };
  return { config: { ...config, database: { ...config.database, ownerUrl: embedded.ownerUrl, appUrl: embedded.appUrl } }, stop };
}

/**
 * SIGTERM or SIGINT: readiness fails at once, the listener stops accepting,
 * requests in flight are answered (up to SHUTDOWN_DEADLINE_MS), then the
 * periodic jobs stop, the pool closes and the embedded PostgreSQL stops.
 */
function stopGracefully(app: NestExpressApplication, stopDatabase: () => Promise<void>): void {
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    app.get(Lifecycle).beginShutdown();
    announce('info', 'shutting down', { signal });
    const deadline = setTimeout(() => {
      announce('error', 'requests still in flight at the shutdown deadline; exiting', { deadlineMs: SHUTDOWN_DEADLINE_MS });
      void stopDatabase().finally(() => process.exit(1));
    }, SHUTDOWN_DEADLINE_MS);
    deadline.unref();
    // Keep-alive connections that go idle after their answer are closed, so the listener can close.
    const server = app.getHttpServer() as import('node:http').Server;
    const idle = setInterval(() => server.closeIdleConnections(), 100);
    app
      .close()
      .then(() => clearInterval(idle))
      .then(() => tracing?.shutdown())
      .then(stopDatabase)
      .then(
        () => {
          announce('info', 'stopped');
          process.exit(0);
        },
        (error: unknown) => {
          announce('error', 'shutdown failed', { err: error instanceof Error ? error.name : 'unknown' });
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

async function bootstrap(): Promise<void> {
  const { config, stop: stopDatabase } = await resolveDatabase(loadConfig(process.env));
  if (config.database.ownerUrl) {
    // Development and the embedded database: one process migrates and serves.
    const applied = await migrateDatabase(config.database.ownerUrl);
    if (applied.length > 0) announce('info', 'migrations applied', { migrations: applied });
    if (config.demoData) {
      const loaded = await seedDemoData(config.database.ownerUrl, config.crypto.keyring);
      if (loaded.length > 0) announce('info', 'demo data loaded', { municipalities: loaded });
    }
  } else {
    // Production: the runtime role only; `npm run migrate` ran before, as the owner.
    await assertSchemaCurrent(config.database.appUrl!);
  }

  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { bufferLogs: true, bodyParser: false });
  configureApp(app, config);
  await app.listen(config.port, config.host);
  stopGracefully(app, stopDatabase);
  // The address a person opens (the web client); API clients use /graphql on the same origin.
  announce('info', 'listening', { url: `http://${config.host}:${config.port}/`, graphql: `http://${config.host}:${config.port}/graphql` });
}

bootstrap().catch((error: unknown) => {
  // Known start-up refusals are one clear line; anything else keeps its stack for the operator.
  if (error instanceof ConfigError || error instanceof UnsafeRuntimeRoleError || error instanceof SchemaBehindError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    announce('error', 'start-up failed', { err: error instanceof Error ? error.stack : String(error) });
  }
  process.exit(1);
});
