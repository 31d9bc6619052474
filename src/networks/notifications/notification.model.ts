import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';

@ObjectType('NotificationPreferences', { description: 'Which mails the signed-in member gets about their meetings' })
export class NotificationPreferencesModel {
  @Field({ description: 'The agenda, when the coordinator publishes it' })
  agendaPublished: boolean;

  @Field({ description: 'The minutes, when they are circulated for approval' })
  minutesForApproval: boolean;

  @Field({ description: 'A reminder before each meeting' })
  meetingReminder: boolean;

  @Field({ description: 'An action item assigned to the member' })
  actionItems: boolean;

  @Field(() => Int, { description: 'How many hours before a meeting the reminder comes (1-336)' })
  reminderHoursBefore: number;
}

@InputType({ description: 'The choices to change; those left out stay as they are' })
export class SetNotificationPreferencesInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  agendaPublished?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  minutesForApproval?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  meetingReminder?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  actionItems?: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(336)
  reminderHoursBefore?: number;
}
