import type { MigrationInterface } from 'typeorm';
import { CaseSensitivity1795360000000 } from './1795360000000-case-sensitivity.js';
import { PaperSigningSealApproval1795361000000 } from './1795361000000-paper-signing-seal-approval.js';
import { ConfirmationNotAccepted1795362000000 } from './1795362000000-confirmation-not-accepted.js';
import { CourtExtensionCap1795363000000 } from './1795363000000-court-extension-cap.js';
import { TransferCreatesCase1795364000000 } from './1795364000000-transfer-creates-case.js';
import { UsersAdministration1795368000000 } from './1795368000000-users-administration.js';
import { SessionRemoteMode1795366000000 } from './1795366000000-session-remote-mode.js';
import { AgreementUnresolvedMatters1795365000000 } from './1795365000000-agreement-unresolved-matters.js';
import { AuditFieldsPoliceStation1795350000000 } from './1795350000000-audit-fields-police-station.js';
import { OneCasePerReferral1795340000000 } from './1795340000000-one-case-per-referral.js';
import { CaseListActivity1795330946488 } from './1795330946488-case-list-activity.js';
import { StatsRollup1795328901309 } from './1795328901309-stats-rollup.js';
import { Statistics1795319392196 } from './1795319392196-statistics.js';
import { Referrals1795317191721 } from './1795317191721-referrals.js';
import { AgreementScansTemplateOverrides1795316309955 } from './1795316309955-agreement-scans-template-overrides.js';
import { UrgingAndOutbox1795316292935 } from './1795316292935-urging-and-outbox.js';
import { Volumes1795308777832 } from './1795308777832-volumes.js';
import { Performance1795308021200 } from './1795308021200-performance.js';
import { Deadlines1795307476179 } from './1795307476179-deadlines.js';
import { Agreements1795306641387 } from './1795306641387-agreements.js';
import { CasesPartiesSessions1795305200584 } from './1795305200584-cases-parties-sessions.js';
import { CaseEvidence1795369000000 } from './1795369000000-case-evidence.js';
import { ClockTermIndex1795371000000 } from './1795371000000-clock-term-index.js';
import { ReportEventDates1795372000000 } from './1795372000000-report-event-dates.js';
import { Initial1795304443085 } from './1795304443085-initial.js';

/** Every migration, oldest first. `npm run db:generate -- Name` appends new ones. */
export const MIGRATIONS: (new () => MigrationInterface)[] = [Initial1795304443085, CasesPartiesSessions1795305200584, Agreements1795306641387, Deadlines1795307476179, Performance1795308021200, Volumes1795308777832, UrgingAndOutbox1795316292935, AgreementScansTemplateOverrides1795316309955, Referrals1795317191721, Statistics1795319392196, StatsRollup1795328901309, CaseListActivity1795330946488, OneCasePerReferral1795340000000, AuditFieldsPoliceStation1795350000000, CaseSensitivity1795360000000, PaperSigningSealApproval1795361000000, ConfirmationNotAccepted1795362000000, CourtExtensionCap1795363000000, TransferCreatesCase1795364000000, AgreementUnresolvedMatters1795365000000, SessionRemoteMode1795366000000, UsersAdministration1795368000000, CaseEvidence1795369000000, ClockTermIndex1795371000000, ReportEventDates1795372000000];
