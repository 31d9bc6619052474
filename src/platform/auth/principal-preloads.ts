import { Injectable } from '@nestjs/common';

/**
 * Something nearly every request needs about its caller, read in the statement
 * that resolves the principal rather than in one more round trip of its own
 * (the networks area's memberships: every network read checks them). The
 * platform holds the registrations; the area that owns the data registers, so
 * the organisation area that resolves principals depends on neither.
 */
export interface PrincipalPreload {
  /** One SQL value over the caller's staff row, aliased `s` (a scalar subquery, typically json_agg). */
  readonly expression: string;
  /** Receives this request's value, for the caller's staff id (to prime a request loader). */
  receive(staffId: string, value: unknown): void;
}

@Injectable()
export class PrincipalPreloads {
  private readonly registered: PrincipalPreload[] = [];

  register(preload: PrincipalPreload): void {
    this.registered.push(preload);
  }

  get all(): readonly PrincipalPreload[] {
    return this.registered;
  }
}
