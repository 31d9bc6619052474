import { Injectable } from '@nestjs/common';
import { Principal } from '../../platform/auth/principal';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { AppError, ErrorCode, isUniqueViolation, notFound } from '../../platform/errors/app-error';
import { AddNetworkMemberInput, EndNetworkMembershipInput } from './dto/network.inputs';
import { NetworkAccessService, today } from './network-access.service';
import { NetworkMembership } from './network-membership.entity';

@Injectable()
export class MembershipService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly access: NetworkAccessService,
  ) {}

  async add(principal: Principal, input: AddNetworkMemberInput): Promise<NetworkMembership> {
    await this.access.assertCoordinator(principal, input.networkId);
    await this.access.assertActiveStaff(input.staffMemberId);
    const manager = await this.db.manager();
    try {
      return await manager.save(
        NetworkMembership,
        manager.create(NetworkMembership, {
          municipalityId: this.db.current().municipalityId!,
          networkId: input.networkId,
          staffUserId: input.staffMemberId,
          role: input.role,
          joinedOn: input.joinedOn ?? today(),
          leftOn: null,
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error, 'uq_network_membership_active')) {
        throw new AppError(ErrorCode.Conflict, 'This member of staff is already a member of the network');
      }
      throw error;
    }
  }

  /** Ends a membership; the row stays, so authorship and history are kept. */
  async end(principal: Principal, input: EndNetworkMembershipInput): Promise<NetworkMembership> {
    const manager = await this.db.manager();
    const membership = await manager.findOne(NetworkMembership, { where: { id: input.membershipId } });
    if (!membership) throw notFound('The membership');
    await this.access.assertCoordinator(principal, membership.networkId);
    if (membership.leftOn !== null) throw new AppError(ErrorCode.Conflict, 'This membership has already ended');
    const leftOn = input.leftOn ?? today();
    if (leftOn < membership.joinedOn) {
      throw new AppError(ErrorCode.BadUserInput, 'A membership cannot end before it began', { field: 'leftOn' });
    }
    membership.leftOn = leftOn;
    return manager.save(NetworkMembership, membership);
  }

  async members(networkId: string, includeFormer: boolean): Promise<NetworkMembership[]> {
    return includeFormer ? this.access.allMemberships(networkId) : this.access.activeMembers(networkId);
  }
}
