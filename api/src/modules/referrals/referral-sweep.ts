import type { EntityManager } from 'typeorm';

/**
 * Referrals whose first feedback is late (police: 24 hours): the judicial office and the committee's
 * director are told once; returns the notifications written. Runs inside the deadline sweep.
 */
export async function sweepReferralFeedback(manager: EntityManager): Promise<number> {
  const [row] = await manager.query<{ n: number }[]>(`
    WITH late AS (
      UPDATE referrals SET feedback_overdue_notified_at = now()
       WHERE feedback_due_at <= now() AND first_feedback_at IS NULL AND feedback_overdue_notified_at IS NULL
      RETURNING id, external_ref, target_organisation_id
    ), sent AS (
      INSERT INTO notifications (user_id, kind, title, body)
      SELECT DISTINCT u.id, 'deadline', '首次反馈超期：' || l.external_ref,
             '移交单位要求的首次反馈期限已过，请尽快反馈办理情况'
        FROM late l
        JOIN users u ON u.active AND (
             (u.role = 'judicial_officer' AND u.organisation_id IN (SELECT id FROM organisations WHERE kind = 'judicial_office'))
          OR (u.role = 'director' AND u.organisation_id = l.target_organisation_id))
      RETURNING 1
    )
    SELECT count(*)::int AS n FROM sent`);
  return row!.n;
}
