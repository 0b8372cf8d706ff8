import type { EntityManager } from 'typeorm';
import { VolumeEntity } from '../documents/volume.entity.js';
import type { FollowUpDto } from './dto/performance.dto.js';

const iso = (d: Date) => d.toISOString();

/** The follow-up part of the case detail: a few ordered reads inside the caller's transaction. */
export async function readFollowUp(manager: EntityManager, caseId: string): Promise<FollowUpDto> {
  const performances: {
    id: string;
    agreement_id: string;
    term_index: number;
    performed_at: Date;
    amount: string | null;
    proof: string | null;
  }[] = await manager.query(
    `SELECT r.id, r.agreement_id, r.term_index, r.performed_at, r.amount, r.proof
       FROM performance_records r JOIN agreements a ON a.id = r.agreement_id
      WHERE a.case_id = $1 ORDER BY r.performed_at, r.created_at`,
    [caseId],
  );
  const urgings: {
    id: string;
    agreement_id: string;
    term_index: number | null;
    urged_at: Date;
    method: FollowUpDto['urgings'][number]['method'];
    note: string;
  }[] = await manager.query(
    `SELECT u.id, u.agreement_id, u.term_index, u.urged_at, u.method, u.note
       FROM urging_records u JOIN agreements a ON a.id = u.agreement_id
      WHERE a.case_id = $1 ORDER BY u.urged_at, u.created_at`,
    [caseId],
  );
  const visits: {
    id: string;
    visited_at: Date;
    party_id: string;
    party_name: string;
    performance: FollowUpDto['returnVisits'][number]['performance'];
    satisfaction: number;
    residual_risk: FollowUpDto['returnVisits'][number]['residualRisk'];
    note: string;
  }[] = await manager.query(
    `SELECT v.id, v.visited_at, v.party_id, p.name AS party_name, v.performance, v.satisfaction,
            v.residual_risk, v.note
       FROM return_visits v JOIN parties p ON p.id = v.party_id
      WHERE v.case_id = $1 ORDER BY v.visited_at, v.created_at`,
    [caseId],
  );
  const confirmations: {
    id: string;
    agreement_id: string;
    court: string;
    applied_at: string;
    status: FollowUpDto['judicialConfirmations'][number]['status'];
    ruling_number: string | null;
    ruling_date: string | null;
  }[] = await manager.query(
    `SELECT j.id, j.agreement_id, j.court, j.applied_at::text, j.status, j.ruling_number,
            j.ruling_date::text
       FROM judicial_confirmations j JOIN agreements a ON a.id = j.agreement_id
      WHERE a.case_id = $1 ORDER BY j.created_at`,
    [caseId],
  );
  const volume = await manager.getRepository(VolumeEntity).findOne({
    where: { caseId },
    select: { volumeNumber: true, pages: true, createdAt: true },
  });
  return {
    performances: performances.map((r) => ({
      id: r.id,
      agreementId: r.agreement_id,
      termIndex: r.term_index,
      performedAt: iso(r.performed_at),
      amount: r.amount,
      proof: r.proof,
    })),
    urgings: urgings.map((u) => ({
      id: u.id,
      agreementId: u.agreement_id,
      termIndex: u.term_index,
      urgedAt: iso(u.urged_at),
      method: u.method,
      note: u.note,
    })),
    returnVisits: visits.map((v) => ({
      id: v.id,
      visitedAt: iso(v.visited_at),
      partyId: v.party_id,
      partyName: v.party_name,
      performance: v.performance,
      satisfaction: v.satisfaction,
      residualRisk: v.residual_risk,
      note: v.note,
    })),
    judicialConfirmations: confirmations.map((j) => ({
      id: j.id,
      agreementId: j.agreement_id,
      court: j.court,
      appliedAt: j.applied_at,
      status: j.status,
      rulingNumber: j.ruling_number,
      rulingDate: j.ruling_date,
    })),
    volume: volume
      ? { volumeNumber: volume.volumeNumber, pages: volume.pages, createdAt: iso(volume.createdAt) }
      : null,
  };
}
