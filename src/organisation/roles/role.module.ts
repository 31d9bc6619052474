import { Module } from '@nestjs/common';
import { RoleGrantResolver } from './role-grant.resolver';
import { RoleGrantService } from './role-grant.service';

@Module({ providers: [RoleGrantService, RoleGrantResolver] })
export class RoleModule {}
