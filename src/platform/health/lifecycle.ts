import { BeforeApplicationShutdown, Injectable } from '@nestjs/common';

/**
 * Whether this instance is on its way down. From the moment SIGTERM arrives
 * (or the application is closed) readiness fails, so a load balancer stops
 * sending new requests while those in flight are answered.
 */
@Injectable()
export class Lifecycle implements BeforeApplicationShutdown {
  private stopping = false;

  get shuttingDown(): boolean {
    return this.stopping;
  }

  beginShutdown(): void {
    this.stopping = true;
  }

  beforeApplicationShutdown(): void {
    this.beginShutdown();
  }
}
