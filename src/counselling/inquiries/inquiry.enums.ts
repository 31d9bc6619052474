import { registerEnumType } from '@nestjs/graphql';

/** Who asked. A citizen who asks is counted, never identified. */
export enum InquirySource {
  COLLEAGUE = 'colleague',
  CITIZEN = 'citizen',
  EXTERNAL_ACTOR = 'external_actor',
}

/** Copenhagen counts inquiries about concrete citizen cases apart from general knowledge questions. */
export enum InquirySubject {
  CONCRETE_CASE = 'concrete_case',
  GENERAL_KNOWLEDGE = 'general_knowledge',
}

export enum InquiryChannel {
  PHONE = 'phone',
  EMAIL = 'email',
  IN_PERSON = 'in_person',
  MEETING = 'meeting',
  OTHER = 'other',
  /** Recorded later, when nobody remembers how it came in. */
  UNKNOWN = 'unknown',
}

registerEnumType(InquirySource, { name: 'InquirySource' });
registerEnumType(InquirySubject, { name: 'InquirySubject' });
registerEnumType(InquiryChannel, { name: 'InquiryChannel' });
