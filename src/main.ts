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

/** Start-up messages before the structured logger exists: one JSON line each. */
const announce = (level: 'info' | 'error', msg: string, extra: Record<string, unknown> = {}) =>
  process[level === 'error' ? 'stderr' : 'stdout'].write(`${JSON.stringify({ level, time: Date.now(), msg, ...extra })}\n`);

async function resolveDatabase(config: AppConfig): Promise<AppConfig> {
  if (config.database.ownerUrl || config.database.appUrl) return config;
  announce('info', 'DATABASE_URL is not set: starting the embedded PostgreSQL', { dir: config.database.embeddedDir });
  const embedded = await startEmbeddedDatabase(config.database.embeddedDir, (message) => announce('error', message));
  const stop = () => void embedded.stop().finally(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return { ...config, database: { ...config.database, ownerUrl: embedded.ownerUrl, appUrl: embedded.appUrl } };
}

async function bootstrap(): Promise<void> {
  const config = await resolveDatabase(loadConfig(process.env));
  if (config.database.ownerUrl) {
    // Development and the embedded database: one process migrates and serves.
    const applied = await migrateDatabase(config.database.ownerUrl);
    if (applied.length > 0) announce('info', 'migrations applied', { migrations: applied });
    if (config.demoData) {
      const loaded = await seedDemoData(config.database.ownerUrl);
      if (loaded.length > 0) announce('info', 'demo data loaded', { municipalities: loaded });
    }
  } else {
    // Production: the runtime role only; `npm run migrate` ran before, as the owner.
    await assertSchemaCurrent(config.database.appUrl!);
  }

  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { bufferLogs: true, bodyParser: false });
  configureApp(app, config);
  await app.listen(config.port, config.host);
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
