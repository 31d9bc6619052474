import { applyDecorators } from '@nestjs/common';
import { IsEmail, Matches, MaxLength } from 'class-validator';
import { PersonalData } from './text-input';

/** The e-mail address of someone outside the municipality (a speaker, a local actor): personal data, protected as `protection` says. */
export const ContactEmail = (protection: string) => applyDecorators(IsEmail(), MaxLength(320), PersonalData(protection));

/** A Danish or international phone number of someone outside the municipality: digits and spaces, optionally +45. */
export const ContactPhone = (protection: string) =>
  applyDecorators(MaxLength(20), Matches(/^\+?[0-9 ]{8,20}$/, { message: 'phone must be digits, optionally with +45 and spaces' }), PersonalData(protection));
