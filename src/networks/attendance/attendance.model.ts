import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsUUID } from 'class-validator';
import { Rsvp } from './attendance.entity';

@ObjectType('Invitation', { description: 'Every member of the network on the day of the meeting is invited' })
export class InvitationModel {
  @Field(() => Rsvp, { nullable: true })
  rsvp: Rsvp | null;

  @Field(() => Date, { nullable: true })
  respondedAt: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Recorded at the meeting; null before' })
  present: boolean | null;

  staffUserId: string;
}

@InputType()
export class RespondToInvitationInput {
  @Field(() => ID)
  @IsUUID()
  meetingId: string;

  @Field(() => Rsvp)
  @IsEnum(Rsvp)
  rsvp: Rsvp;
}

@InputType()
export class RecordAttendanceInput {
  @Field(() => ID)
  @IsUUID()
  meetingId: string;

  @Field(() => [ID], { description: 'Everyone invited who was there; the other invitees are recorded as absent' })
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  @Type(() => String)
  presentStaffMemberIds: string[];
}
