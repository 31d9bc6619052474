import { Module } from '@nestjs/common';
import { NetworkModule } from '../../networks/networks/network.module';
import { SpeakerResolver } from './speaker.resolver';
import { SpeakerService } from './speaker.service';

@Module({ imports: [NetworkModule], providers: [SpeakerService, SpeakerResolver], exports: [SpeakerService] })
export class SpeakerModule {}
