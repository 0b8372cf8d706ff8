/**
 * Generated from the API's OpenAPI document by `npm run api:types`. Do not edit.
 */

export interface paths {
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit trail of the caller’s organisation, newest first */
        get: operations["AuditController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Walk the hash chain of the whole audit trail */
        get: operations["AuditController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation tree visible to the caller */
        get: operations["OrganisationsController_tree"];
        put?: never;
        /** Create an organisation (admin) */
        post: operations["OrganisationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/mediation-bodies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Committees and centres of the caller’s county, e.g. to transfer a case to */
        get: operations["OrganisationsController_mediationBodies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename an organisation or change its case-number prefix (admin) */
        patch: operations["OrganisationsController_update"];
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in: sets the session cookie and returns a bearer token */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: ends this session */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller’s open sign-ins (devices), this one marked `current` */
        get: operations["AuthController_sessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout-others": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out everywhere else: ends every other session of the caller */
        post: operations["AuthController_logoutOthers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user with their organisation */
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Keys of referring bodies’ systems (admin) */
        get: operations["ApiKeysController_list"];
        put?: never;
        /** Create a key for a referring body; the key is shown once */
        post: operations["ApiKeysController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a key: its next request gets 401 */
        delete: operations["ApiKeysController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Staff accounts in scope (security administrator) */
        get: operations["UsersController_list"];
        put?: never;
        /** Create an account; its temporary password is shown once */
        post: operations["UsersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change name, role or organisation, or disable an account (ends its sessions) */
        patch: operations["UsersController_update"];
        trace?: never;
    };
    "/api/users/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new temporary password, shown once; the account must change it */
        post: operations["UsersController_resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account’s open sign-ins (security administrator) */
        get: operations["UsersController_sessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End every session of the account (audited) */
        post: operations["UsersController_signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change one’s own password (required after a temporary one) */
        post: operations["UsersController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database reachability (503 when the database is down) */
        get: operations["HealthController_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller’s inbox, newest first, with the unread count */
        get: operations["NotificationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one notification read */
        post: operations["NotificationsController_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open clocks of the visible cases, red first, with counts by light */
        get: operations["DeadlinesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deadlines/sweep": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run the deadline sweep now (it also runs every minute) */
        post: operations["DeadlinesController_sweep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/overrides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Local corrections of the national holiday calendar */
        get: operations["DeadlinesController_overrides"];
        /** Declare a local day off or make-up working day (admin); applies to clocks started afterwards */
        put: operations["DeadlinesController_setOverride"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/overrides/{day}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a local calendar correction (admin) */
        delete: operations["DeadlinesController_removeOverride"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deadline-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The system’s time limits (each committee may set its own beside them) */
        get: operations["DeadlineRulesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deadline-rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a system time limit (admin); applies to clocks started afterwards */
        put: operations["DeadlineRulesController_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{id}/deadline-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The time limits in force for a committee (its own, or the system’s) */
        get: operations["DeadlineRulesController_listFor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{id}/deadline-rules/{ruleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the committee’s own time limit (its director, or the admin); 422 if statutory */
        put: operations["DeadlineRulesController_setFor"];
        post?: never;
        /** Back to the system’s time limit for the committee */
        delete: operations["DeadlineRulesController_resetFor"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mediators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mediator roster of the organisations visible to the caller */
        get: operations["MediatorsController_list"];
        put?: never;
        /** Add a mediator to the roster (admin; a director for his own committee) */
        post: operations["MediatorsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mediators/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a roster entry: term, status, organisations, account, training */
        patch: operations["MediatorsController_update"];
        trace?: never;
    };
    "/api/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A case with parties, mediators, sessions and timeline */
        get: operations["CasesController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Correct the registered facts (更正) with a reason, on the version seen (409 if changed, or once the case is finished) */
        patch: operations["CasesController_update"];
        trace?: never;
    };
    "/api/cases/{id}/parties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a party after registration, with a reason */
        post: operations["CasesController_addParty"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/parties/{partyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Correct or complete a party (phone, address, birth date …), with a reason */
        patch: operations["CasesController_updateParty"];
        trace?: never;
    };
    "/api/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cases visible to the caller, most recently active first */
        get: operations["CasesController_list"];
        put?: never;
        /** Register a dispute (登记) with at least two parties */
        post: operations["CasesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 受理: registered → accepted (422 when a party refused mediation or has no rights notice on record) */
        post: operations["CasesController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 不予受理: registered → not_accepted */
        post: operations["CasesController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 指派调解员: → in_mediation (422 MEDIATOR_CONFLICT on a conflict or recusal) */
        post: operations["CasesController_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 中止: in_mediation → paused */
        post: operations["CasesController_pause"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 恢复: paused → in_mediation */
        post: operations["CasesController_resume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 延期: every party must consent */
        post: operations["CasesController_extend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/terminate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 终止调解, with the routes the parties were told of (Art 26) */
        post: operations["CasesController_terminate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 移送 to another committee */
        post: operations["CasesController_transfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 结案 (director) */
        post: operations["CasesController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 归档 (director): binds the case file (422 listing missing required items) */
        post: operations["CasesController_archive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/remediation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重新调解: a linked new case after a refused confirmation or a voided agreement */
        post: operations["CasesController_remediation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/risk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a risk of escalation (激化风险) and notify the director (and police for red) */
        post: operations["CasesController_risk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/refusals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that a party clearly refused mediation (Art 17) */
        post: operations["CasesController_refusal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 告知与同意: record a rights notice delivered, or a consent given or withdrawn, by parties */
        post: operations["CasesController_consent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a mediator’s conflict of interest or a party’s recusal request (回避) */
        post: operations["CasesController_conflict"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/sensitivity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Mark a case sensitive (family, health, minors) or not: its texts for the case team only (case team, director) */
        put: operations["CaseSensitivityController_sensitivity"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sessions of a case; private notes only for the case’s mediators */
        get: operations["SessionsController_list"];
        put?: never;
        /** Record a back-to-back, face-to-face or site-visit session */
        post: operations["SessionsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/sessions/{sessionId}/sensitivity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Mark a session sensitive (family, health, minors) or not (case team, director) */
        put: operations["SessionsController_sensitivity"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Is this PDF a genuine, unmodified copy issued by the system? (multipart `file` or raw application/pdf) */
        post: operations["VerifyController_file"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/verify/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Data of the public verification page behind an agreement’s QR code */
        get: operations["VerifyController_code"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/documents/{document}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A printable form of the case: application, acceptance register, rights notice, termination notice */
        get: operations["CaseDocumentsController_caseDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/volume.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The bound case file (卷宗) of an archived case */
        get: operations["CaseDocumentsController_volume"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{id}/record.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 调解记录 of a session (private notes are never printed) */
        get: operations["CaseDocumentsController_record"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/investigations/{id}/record.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 调查记录 of an interview, for the person interviewed and the investigators to sign */
        get: operations["CaseDocumentsController_investigation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{id}/signing-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The certificate the committee’s agreements are signed with (admin, its director) */
        get: operations["OrganisationDocumentsController_signingKey"];
        /** Import a CA-issued PKCS#12 (multipart `file`, `password`); 422 when unusable */
        put: operations["OrganisationDocumentsController_importSigningKey"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{id}/seal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 印章登记: the committee seal image (PNG, multipart `file`, `custodian`) */
        put: operations["OrganisationDocumentsController_registerSeal"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{id}/seal-uses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The registered seal and every agreement it was put on */
        get: operations["OrganisationDocumentsController_sealUses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{id}/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Document templates and whether this organisation overrides them */
        get: operations["OrganisationDocumentsController_listTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{id}/templates/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The effective source of a template for this organisation */
        get: operations["OrganisationDocumentsController_template"];
        /** Override a template; 422 when it does not compile or render its sample */
        put: operations["OrganisationDocumentsController_putTemplate"];
        post?: never;
        /** Revert to the ancestor’s version or the default */
        delete: operations["OrganisationDocumentsController_revertTemplate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{id}/templates/{name}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A template source rendered on a realistic sample case (PDF); 422 when it would not be saved */
        post: operations["OrganisationDocumentsController_previewTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Draft a written or oral agreement for a case in mediation */
        post: operations["AgreementsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An agreement with its signatures and legal checklist */
        get: operations["AgreementsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a draft (409 once signing started) */
        patch: operations["AgreementsController_update"];
        trace?: never;
    };
    "/api/agreements/{id}/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a legally complete agreement still lacks */
        get: operations["AgreementsController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{id}/signatures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A party’s signature, fingerprint or seal, a mediator’s signature, or the committee seal */
        post: operations["AgreementsController_sign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{id}/finalise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make the agreement effective and issue its signed PDF (422 lists missing signers); `paperSigned` uses the uploaded scans instead and, unless the caller is the director, only asks for the director’s seal approval (202) */
        post: operations["AgreementsController_finalise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{id}/seal-approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The director approves the committee seal on a paper-signed agreement (it takes effect) or refuses it with a reason */
        post: operations["AgreementsController_sealApproval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{id}/scans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a scan of the copy signed on paper (PDF, JPEG or PNG by content, ≤ 10 MB) */
        post: operations["AgreementsController_uploadScan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{id}/scans/{scanId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A scan of the paper-signed agreement, as uploaded */
        get: operations["AgreementsController_scan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 人民调解协议书 as PDF: the signed copy once effective, a marked draft before; `purpose=signing`: the copy to be signed on paper */
        get: operations["AgreementsController_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The evidence of a case; sensitive texts for the case team only */
        get: operations["EvidenceController_list"];
        put?: never;
        /** Add a piece of evidence (PDF, JPEG or PNG by content, ≤ 10 MB) with what it shows and its source */
        post: operations["EvidenceController_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evidence/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The file of a piece of evidence, as kept (audited) */
        get: operations["EvidenceController_file"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/investigations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The investigation records of a case; the content under the case’s sensitivity */
        get: operations["InvestigationsController_list"];
        put?: never;
        /** 调查记录: an interview of a party, a witness or anyone who knows the facts */
        post: operations["InvestigationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 网上申请调解 without an account (rate-limited): registers a case with source online */
        post: operations["PublicController_apply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/track/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一案一码: status and milestones of a case by its code, no names (rate-limited) */
        get: operations["PublicController_track"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/party-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a party a one-time link by SMS: read, sign or evaluate (case team) */
        post: operations["PartyLinksController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/party/otp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the 6-digit code of a link to the party’s phone */
        post: operations["PartyController_otp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/party/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open the link’s one session with the code (5 tries, then locked) */
        post: operations["PartyController_session"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/party/case": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The party’s own view of its case (its data, joint sessions, the agreement) */
        get: operations["PartyController_case"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/party/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The party’s evaluation of the mediation, 1–5 (an evaluate link, once) */
        post: operations["PartyController_evaluate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{id}/performance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that a term was performed, with its proof */
        post: operations["PerformanceController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{id}/urgings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an urging (督促履行) of an open term or of the whole agreement */
        post: operations["PerformanceController_urge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/return-visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a return visit (回访): performance, satisfaction 1–5, residual risk */
        post: operations["PerformanceController_visit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{id}/judicial-confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the joint application for judicial confirmation (within 30 days, Art 33) */
        post: operations["PerformanceController_apply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{id}/judicial-confirmation.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The application pack: joint application, service addresses and phones, the agreement */
        get: operations["PerformanceController_pack"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/judicial-confirmations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Record the court’s acceptance, ruling or the withdrawal */
        patch: operations["PerformanceController_update"];
        trace?: never;
    };
    "/api/parties/{partyId}/personal-data-export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 个人信息查阅复制 (PIPL Arts 44–45): everything held about the person, decrypted, across the director's cases with the same ID number; audited */
        get: operations["PersonalDataExportController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Referrals visible to the caller, newest first */
        get: operations["ReferralsController_list"];
        put?: never;
        /** File a referral (liaison, or a referring body’s system with X-Api-Key) */
        post: operations["ReferralsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referrals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A referral with its steps and outcome */
        get: operations["ReferralsController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referrals/{id}/dispatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the referral to a committee in the office’s area (分拨) */
        post: operations["ReferralsController_dispatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referrals/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept: creates the linked, accepted case with the referrer’s deadline (422 RIGHTS_NOTICE_MISSING without `rightsNotice`) */
        post: operations["ReferralsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referrals/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the referral back to the judicial office, with the reason */
        post: operations["ReferralsController_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referrals/{id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report progress to the referrer (e.g. the police’s 24-hour first feedback) */
        post: operations["ReferralsController_feedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referrals/{id}/feedback.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The result letter (回函): outcome, agreement or termination, undisputed facts */
        get: operations["ReferralsController_letter"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referrals/{id}/agreement.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The effective, digitally signed agreement of the linked case */
        get: operations["ReferralsController_agreement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/undisputed-facts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record the undisputed facts (无争议事实) when mediation fails */
        put: operations["ReferralsController_undisputed"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/oversight/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The judicial office’s dashboard: lights, referrals, overdue, load */
        get: operations["OversightController_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/oversight/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open clocks of the area’s cases, red first */
        get: operations["OversightController_cases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/oversight/review-checklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The file-review (评查) checklist with points */
        get: operations["OversightController_checklist"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/supervise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Urge (督办) a case: notifies its committee, stays on the timeline */
        post: operations["OversightController_supervise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** File review (评查) of a finished case: every checklist item, scored */
        post: operations["OversightController_review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Figures of the period (registration date), computed from case facts */
        get: operations["StatsController_overview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats/trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Received and succeeded per month */
        get: operations["StatsController_trend"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats/analysis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 类案分析: places and their types, repeat parties and places, workload */
        get: operations["StatsController_analysis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The monthly report in the official layout, as JSON or as an Excel file */
        get: operations["StatsController_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats/periods/{period}/lock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lock a month’s report (director, judicial officer): answered as it stands now, never changed after */
        post: operations["StatsController_lock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/prevention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record what the case prevented (防止民转刑, 群体性上访 …) with the persons */
        put: operations["StatsController_prevention"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/escalations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 风险报告: those the caller’s body received, and those of the cases in its subtree (open first) */
        get: operations["EscalationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/escalations/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 签收: the receiving body acknowledges a risk report, with what it did */
        post: operations["EscalationsController_acknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AuditEventDto: {
            seq: number;
            /** Format: date-time */
            at: string;
            actorId: string | null;
            actorName: string | null;
            action: string;
            entity: string;
            entityId: string | null;
            /** @description Fields the event set or changed */
            fields: string[] | null;
            /** @description Values before: content-free values as they were, every other one as `hmac:<hex>` */
            before: Record<string, never> | null;
            after: Record<string, never> | null;
            hash: string;
        };
        AuditPageDto: {
            items: components["schemas"]["AuditEventDto"][];
            total: number;
            page: number;
            pageSize: number;
        };
        AuditVerifyDto: {
            intact: boolean;
            checked: number;
            firstBrokenSeq?: number;
        };
        OrganisationTreeDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "county_bureau" | "judicial_office" | "committee" | "centre" | "court" | "police" | "petition_office" | "hotline" | "government";
            /** @enum {string|null} */
            type: "village" | "residents" | "township" | "subdistrict" | "enterprise" | "industry" | "personal_studio" | "stationed_room" | "county_centre" | null;
            courtRoster: boolean;
            /** Format: uuid */
            parentId: string | null;
            caseNumberPrefix: string | null;
            address: string | null;
            /** Format: uuid */
            policeStationId: string | null;
            children: components["schemas"]["OrganisationTreeDto"][];
        };
        OrganisationResponseDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "county_bureau" | "judicial_office" | "committee" | "centre" | "court" | "police" | "petition_office" | "hotline" | "government";
            /** @enum {string|null} */
            type: "village" | "residents" | "township" | "subdistrict" | "enterprise" | "industry" | "personal_studio" | "stationed_room" | "county_centre" | null;
            courtRoster: boolean;
            /** Format: uuid */
            parentId: string | null;
            caseNumberPrefix: string | null;
            address: string | null;
            /** Format: uuid */
            policeStationId: string | null;
        };
        CreateOrganisationDto: {
            /** @example 枫源村人民调解委员会 */
            name: string;
            /** @enum {string} */
            kind: "county_bureau" | "judicial_office" | "committee" | "centre" | "court" | "police" | "petition_office" | "hotline" | "government";
            /** Format: uuid */
            parentId?: string;
            /**
             * @description 案号字号,如 (2026)枫调字第0012号 中的“枫调”
             * @example 枫调
             */
            caseNumberPrefix?: string;
            address?: string;
            /**
             * @description The type of a mediation body (committees and centres only)
             * @enum {string|null}
             */
            type?: "village" | "residents" | "township" | "subdistrict" | "enterprise" | "industry" | "personal_studio" | "stationed_room" | "county_centre" | null;
            /** @description Listed by the court as a specially invited mediation organisation */
            courtRoster?: boolean;
            /**
             * Format: uuid
             * @description 关联派出所:橙色、红色风险报告至该派出所(警调衔接)
             */
            policeStationId?: string | null;
        };
        UpdateOrganisationDto: {
            name?: string;
            caseNumberPrefix?: string;
            address?: string;
            /**
             * @description The type of a mediation body (committees and centres only)
             * @enum {string|null}
             */
            type?: "village" | "residents" | "township" | "subdistrict" | "enterprise" | "industry" | "personal_studio" | "stationed_room" | "county_centre" | null;
            /** @description Listed by the court as a specially invited mediation organisation */
            courtRoster?: boolean;
            /**
             * Format: uuid
             * @description 关联派出所:橙色、红色风险报告至该派出所(警调衔接)
             */
            policeStationId?: string | null;
        };
        LoginDto: {
            /** @example mediator.yang */
            username: string;
            /** @example tiaojie-demo */
            password: string;
        };
        MeOrganisationDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "county_bureau" | "judicial_office" | "committee" | "centre" | "court" | "police" | "petition_office" | "hotline" | "government";
        };
        MeResponseDto: {
            /** Format: uuid */
            id: string;
            username: string;
            name: string;
            /** @enum {string} */
            role: "mediator" | "recorder" | "director" | "intake_clerk" | "judicial_officer" | "county_bureau" | "court_liaison" | "police_liaison" | "petition_liaison" | "admin" | "security_admin" | "audit_admin";
            /** Format: uuid */
            organisationId: string;
            organisation: components["schemas"]["MeOrganisationDto"];
            /** @description A temporary password: every route but POST /api/auth/password answers 403 until it is changed */
            mustChangePassword: boolean;
            /**
             * @description Minutes without a request after which the session ends (TIAOJIE_IDLE_MINUTES); the web warns before
             * @example 30
             */
            idleMinutes: number;
        };
        LoginResponseDto: {
            /** @description Bearer token for API clients; browsers use the session cookie */
            accessToken: string;
            /** Format: date-time */
            expiresAt: string;
            user: components["schemas"]["MeResponseDto"];
        };
        SessionDto: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastSeenAt: string;
            /** Format: date-time */
            expiresAt: string;
            /** @description The User-Agent that signed in */
            userAgent: string | null;
            /** @description The session this request is made with */
            current: boolean;
        };
        ApiKeySummaryDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            name: string;
            /** @example tj_Ab3dE9x */
            prefix: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            revokedAt: string | null;
            /** Format: date-time */
            lastUsedAt: string | null;
        };
        CreateApiKeyDto: {
            /**
             * Format: uuid
             * @description The referring body (court, police station …)
             */
            organisationId: string;
            /** @example 诸暨市人民法院诉前调解平台 */
            name: string;
        };
        CreatedApiKeyDto: {
            /** Format: uuid */
            id: string;
            /** @description Shown this once; only its hash is kept */
            key: string;
            prefix: string;
        };
        UserDto: {
            /** Format: uuid */
            id: string;
            username: string;
            name: string;
            /** @enum {string} */
            role: "mediator" | "recorder" | "director" | "intake_clerk" | "judicial_officer" | "county_bureau" | "court_liaison" | "police_liaison" | "petition_liaison" | "admin" | "security_admin" | "audit_admin";
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            active: boolean;
            mustChangePassword: boolean;
            /** Format: date-time */
            passwordChangedAt: string | null;
        };
        CreateUserDto: {
            /**
             * @description Lower-case letters, digits, dot, dash, underscore
             * @example mediator.qian
             */
            username: string;
            /** @example 钱国强 */
            name: string;
            /** @enum {string} */
            role: "mediator" | "recorder" | "director" | "intake_clerk" | "judicial_officer" | "county_bureau" | "court_liaison" | "police_liaison" | "petition_liaison" | "admin" | "security_admin" | "audit_admin";
            /** Format: uuid */
            organisationId: string;
        };
        CreatedUserDto: {
            /** Format: uuid */
            id: string;
            /** @description Shown this once; must be changed at the first sign-in */
            temporaryPassword: string;
        };
        UpdateUserDto: {
            name?: string;
            /** @enum {string} */
            role?: "mediator" | "recorder" | "director" | "intake_clerk" | "judicial_officer" | "county_bureau" | "court_liaison" | "police_liaison" | "petition_liaison" | "admin" | "security_admin" | "audit_admin";
            /** Format: uuid */
            organisationId?: string;
            /** @description false disables the account and ends its sessions */
            active?: boolean;
        };
        TemporaryPasswordDto: {
            /** @description Shown this once; must be changed at the next sign-in */
            temporaryPassword: string;
        };
        ChangePasswordDto: {
            current: string;
            /** @description At least 10 characters with letters and digits (libs/contracts/src/password-policy.ts) */
            next: string;
        };
        HealthDto: {
            /** @enum {string} */
            status: "ok" | "error";
            /** @enum {string} */
            db: "up" | "down";
        };
        NotificationDto: {
            /** Format: uuid */
            id: string;
            kind: string;
            title: string;
            body: string;
            /** Format: uuid */
            caseId: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            readAt: string | null;
        };
        NotificationPageDto: {
            items: components["schemas"]["NotificationDto"][];
            total: number;
            page: number;
            pageSize: number;
            /** @description Unread notifications in all pages */
            unread: number;
        };
        DeadlineItemDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            caseId: string;
            /** @enum {string} */
            kind: "acceptance" | "mediation" | "signature" | "obligation" | "judicial_confirmation" | "court_acceptance" | "court_ruling" | "return_visit" | "filing" | "escalation";
            label: string;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            dueAt: string;
            /** @enum {string} */
            light: "green" | "yellow" | "red" | "paused" | "done";
            caseNumber: string;
            caseTitle: string;
        };
        LightCountsDto: {
            green: number;
            yellow: number;
            red: number;
            paused: number;
        };
        DeadlinePageDto: {
            items: components["schemas"]["DeadlineItemDto"][];
            total: number;
            page: number;
            pageSize: number;
            /** @description Open clocks by light, over the whole visible set */
            counts: components["schemas"]["LightCountsDto"];
        };
        SweepResultDto: {
            /** @description False when another instance was sweeping */
            swept: boolean;
            changed: number;
            notified: number;
        };
        CalendarOverrideDto: {
            /**
             * Format: date
             * @example 2027-10-01
             */
            day: string;
            /** @description true: a working day (e.g. a make-up Saturday); false: a day off */
            working: boolean;
            /** @example 国庆节 */
            name: string;
        };
        DeadlineRuleDto: {
            /** @description The system rule (the key of a committee’s own rule too) */
            id: number;
            /** @enum {string} */
            kind: "acceptance" | "mediation" | "signature" | "obligation" | "judicial_confirmation" | "court_acceptance" | "court_ruling" | "return_visit" | "filing" | "escalation";
            /** @description Case source it is for; null: every source */
            source: string | null;
            /** @description Dispute type it is for; null: every type */
            disputeType: string | null;
            days: number;
            workingDays: boolean;
            maxExtensionDays: number | null;
            basis: string;
            /** @description Fixed by law or the court: no committee may change it */
            statutory: boolean;
            /** @description The committee’s own rule is in force instead of the system’s */
            overridden: boolean;
            /** @description The system rule’s days, when the committee has its own */
            defaultDays?: number;
            defaultWorkingDays?: boolean;
        };
        UpdateDeadlineRuleDto: {
            /** @example 20 */
            days: number;
            /** @description true: working days (holidays and weekends skipped); false: calendar days */
            workingDays: boolean;
            /** @description Days of extension in all by the parties alone; beyond them the court must consent */
            maxExtensionDays?: number | null;
            /** @example 法院委派调解 20 日(诸暨市人民法院诉调对接办法) */
            basis?: string;
        };
        MediatorTrainingDto: {
            /**
             * @description The day the training ended
             * @example 2026-06-18
             */
            day: string;
            /** @example 民法典婚姻家庭编专题培训 */
            topic: string;
            /** @example 8 */
            hours: number;
        };
        MediatorDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            userId: string | null;
            name: string;
            /**
             * Format: uuid
             * @description The organisation mainly served
             */
            organisationId: string;
            organisationIds: string[];
            /** @enum {string} */
            kind: "member" | "engaged";
            fullTime: boolean;
            courtRosterNo: string | null;
            /** Format: date */
            termStart: string | null;
            /** Format: date */
            termEnd: string | null;
            /** @enum {string} */
            status: "active" | "suspended" | "removed";
            trainings: components["schemas"]["MediatorTrainingDto"][];
        };
        MediatorListDto: {
            items: components["schemas"]["MediatorDto"][];
        };
        CreateMediatorDto: {
            /** @example 钱国强 */
            name: string;
            /**
             * Format: uuid
             * @description Its sign-in account
             */
            userId?: string | null;
            /** @description The first is the one mainly served */
            organisationIds: string[];
            /**
             * @description member: 调委会委员; engaged: 聘任调解员
             * @enum {string}
             */
            kind: "member" | "engaged";
            /** @description 专职 (true) or 兼职 */
            fullTime: boolean;
            /** @description 法院特邀调解员名册编号 */
            courtRosterNo?: string | null;
            /** @example 2026-01-01 */
            termStart: string;
            /** @example 2028-12-31 */
            termEnd: string;
            /** @enum {string} */
            status: "active" | "suspended" | "removed";
            trainings?: components["schemas"]["MediatorTrainingDto"][];
        };
        UpdateMediatorDto: {
            /** @example 钱国强 */
            name?: string;
            /**
             * Format: uuid
             * @description Its sign-in account
             */
            userId?: string | null;
            /** @description The first is the one mainly served */
            organisationIds?: string[];
            /**
             * @description member: 调委会委员; engaged: 聘任调解员
             * @enum {string}
             */
            kind?: "member" | "engaged";
            /** @description 专职 (true) or 兼职 */
            fullTime?: boolean;
            /** @description 法院特邀调解员名册编号 */
            courtRosterNo?: string | null;
            /** @example 2026-01-01 */
            termStart?: string;
            /** @example 2028-12-31 */
            termEnd?: string;
            /** @enum {string} */
            status?: "active" | "suspended" | "removed";
            trainings?: components["schemas"]["MediatorTrainingDto"][];
        };
        UpdateCaseDto: {
            /** @description The case version the correction was made on (409 if it changed since) */
            version: number;
            /** @example 登记时电话记错,已与当事人核实 */
            reason: string;
            title?: string;
            facts?: string;
            requests?: string;
            /** @example 12000.00 */
            amountInDispute?: string | null;
            /** Format: date-time */
            occurredAt?: string | null;
            location?: string | null;
            /** @enum {string} */
            disputeType?: "marriage_family" | "neighbour" | "housing_homestead" | "contract" | "production_business" | "damage_compensation" | "land_forest" | "land_acquisition" | "environment" | "labour" | "consumer" | "medical" | "traffic_accident" | "property_management" | "other";
            disputeSubtype?: string | null;
            /**
             * @description Only its current value: a change goes through POST /api/cases/:id/risk (422 RISK_BY_REPORT)
             * @enum {string}
             */
            riskLevel?: "none" | "yellow" | "orange" | "red";
            isPublic?: boolean;
        };
        CaseLinkDto: {
            /** Format: uuid */
            id: string;
            caseNumber: string;
        };
        AgentResponseDto: {
            name: string;
            /** @description Masked unless the caller is on the case team */
            phone?: string;
            authority?: string;
            /** @enum {string} */
            scope?: "general" | "special";
            /** Format: date */
            validUntil?: string;
        };
        GuardianResponseDto: {
            name: string;
            relation: string;
            /** @description Masked unless the caller is on the case team */
            phone?: string;
        };
        PartyResponseDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            role: "applicant" | "respondent" | "third_party";
            /** @enum {string} */
            kind: "person" | "organisation";
            name: string;
            /** @enum {string} */
            sex?: "male" | "female";
            ethnicity?: string;
            /**
             * Format: date
             * @description Only for the case team (with the full ID number)
             */
            birthDate?: string;
            /** @description Year of birth: what readers of masked personal data see instead */
            birthYear?: number;
            /** @enum {string} */
            idType?: "resident_id" | "passport" | "hk_macau_permit" | "taiwan_permit" | "other";
            /** @description Masked (33***************4) unless the caller is on the case team */
            idNumber?: string;
            /** @description Masked (138******01) unless the caller is on the case team */
            phone?: string;
            address?: string;
            occupation?: string;
            legalRepresentative?: string;
            creditCode?: string;
            agent?: components["schemas"]["AgentResponseDto"];
            guardian?: components["schemas"]["GuardianResponseDto"];
            /**
             * Format: date-time
             * @description When the party clearly refused mediation (Art 17)
             */
            refusedAt?: string;
        };
        CaseMediatorDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            role: "presiding" | "co";
        };
        RemoteConsentResponseDto: {
            partyIds: string[];
            /** @enum {string} */
            method: "oral" | "recorded" | "written";
            /** Format: date-time */
            at: string;
        };
        ParticipantResponseDto: {
            name: string;
            relation: string;
            consent: boolean;
        };
        SessionResponseDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            caseId: string;
            /** @enum {string} */
            mode: "back_to_back" | "face_to_face" | "site_visit";
            /** @enum {string} */
            medium: "in_person" | "phone" | "video";
            remoteConsent: components["schemas"]["RemoteConsentResponseDto"] | null;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            endedAt: string | null;
            place: string;
            partyIds: string[];
            mediatorIds: string[];
            participants: components["schemas"]["ParticipantResponseDto"][];
            /** @description For a sensitive case or session outside its team: 〔敏感案件,内容仅限办案人员查阅〕 */
            summary: string;
            /**
             * @description Sensitive on its own
             * @enum {string|null}
             */
            sensitivity: "family" | "health" | "minors" | null;
            /** @description Present only for the case’s mediators (or a logged break-glass read) */
            privateNotes?: string;
            /** @description Whether the session has private notes (the caller may not see them) */
            hasPrivateNotes: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        AgreementSummaryDto: {
            /** Format: uuid */
            id: string;
            agreementNumber: string;
            /** @enum {string} */
            form: "written" | "oral";
            /** @enum {string} */
            status: "draft" | "signing" | "effective" | "superseded";
            /** Format: date-time */
            effectiveAt: string | null;
            /** @description It leaves matters unresolved, terminated with the routes told (终止调解告知书) */
            leavesMattersUnresolved: boolean;
        };
        ClockDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            caseId: string;
            /** @enum {string} */
            kind: "acceptance" | "mediation" | "signature" | "obligation" | "judicial_confirmation" | "court_acceptance" | "court_ruling" | "return_visit" | "filing" | "escalation";
            label: string;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            dueAt: string;
            /** @enum {string} */
            light: "green" | "yellow" | "red" | "paused" | "done";
        };
        PerformanceRecordResponseDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            agreementId: string;
            termIndex: number;
            /** Format: date-time */
            performedAt: string;
            /** @example 3000.00 */
            amount: string | null;
            proof: string | null;
        };
        UrgingResponseDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            agreementId: string;
            termIndex: number | null;
            /** Format: date-time */
            urgedAt: string;
            /** @enum {string} */
            method: "phone" | "visit" | "letter" | "message";
            note: string;
        };
        ReturnVisitResponseDto: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            visitedAt: string;
            /** Format: uuid */
            partyId: string;
            partyName: string;
            /** @enum {string} */
            performance: "performed" | "partly" | "not_performed";
            satisfaction: number;
            /** @enum {string} */
            residualRisk: "none" | "low" | "high";
            note: string;
        };
        CaseJudicialConfirmationDto: {
            /** Format: uuid */
            id: string;
            court: string;
            /** Format: date */
            appliedAt: string;
            /** @enum {string} */
            status: "applied" | "accepted" | "confirmed" | "refused" | "rejected_for_acceptance" | "withdrawn";
            rulingNumber: string | null;
            /** Format: date */
            rulingDate: string | null;
            /** Format: uuid */
            agreementId: string;
        };
        VolumeSummaryDto: {
            /** @example (2026)枫老调字第0012号 */
            volumeNumber: string;
            pages: number;
            /** Format: date-time */
            createdAt: string;
        };
        FollowUpDto: {
            performances: components["schemas"]["PerformanceRecordResponseDto"][];
            urgings: components["schemas"]["UrgingResponseDto"][];
            returnVisits: components["schemas"]["ReturnVisitResponseDto"][];
            judicialConfirmations: components["schemas"]["CaseJudicialConfirmationDto"][];
            volume: components["schemas"]["VolumeSummaryDto"] | null;
        };
        TimelineEventDto: {
            /** Format: date-time */
            at: string;
            kind: string;
            summary: string;
            actorName: string | null;
        };
        ConflictResponseDto: {
            /** Format: uuid */
            mediatorId: string;
            /** @enum {string} */
            kind: "declared" | "recusal";
            reason: string;
            /** Format: date-time */
            createdAt: string;
        };
        ConsentResponseDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            partyId: string;
            /** @enum {string} */
            kind: "rights_notice" | "mediate" | "invite_participant" | "public_mediation" | "extension" | "remote_session" | "disclosure" | "electronic_service" | "data_sharing";
            given: boolean;
            /** @enum {string} */
            method: "written" | "oral" | "phone" | "recorded" | "online";
            /** Format: date-time */
            at: string;
            note: string | null;
            recordedByName: string;
        };
        CaseDetailDto: {
            /** Format: uuid */
            id: string;
            caseNumber: string;
            /**
             * @description 一案一码: the code the parties follow the case by (GET /api/public/track/:code)
             * @example 3F9A21C07B4E
             */
            trackCode: string;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            /** @enum {string} */
            source: "walk_in" | "phone" | "self_initiated" | "grid" | "hotline_12345" | "court_dispatch" | "court_entrust" | "police" | "petition" | "government" | "online";
            /** @enum {string} */
            disputeType: "marriage_family" | "neighbour" | "housing_homestead" | "contract" | "production_business" | "damage_compensation" | "land_forest" | "land_acquisition" | "environment" | "labour" | "consumer" | "medical" | "traffic_accident" | "property_management" | "other";
            disputeSubtype: string | null;
            title: string;
            facts: string;
            requests: string;
            /** @example 12000.00 */
            amountInDispute: string | null;
            /** Format: date-time */
            occurredAt: string | null;
            location: string | null;
            /** @enum {string} */
            riskLevel: "none" | "yellow" | "orange" | "red";
            isPublic: boolean;
            /** @enum {string} */
            status: "registered" | "accepted" | "in_mediation" | "paused" | "agreement_pending" | "agreement_effective" | "performing" | "performed" | "breached" | "terminated" | "not_accepted" | "transferred_out" | "closed" | "archived";
            version: number;
            /** Format: uuid */
            referralId: string | null;
            /** @description 无争议事实 (when mediation failed) */
            undisputedFacts: string | null;
            /**
             * @description Prevented indicators (criminal, group_petition, group_fight, suicide) → persons
             * @example {
             *       "criminal": 2
             *     }
             */
            prevention: {
                [key: string]: number;
            } | null;
            /** @enum {string|null} */
            chosenBy: "committee" | "parties" | null;
            statusReason: string | null;
            routesInformed: string | null;
            /** @description The case this one mediates again (重新调解) */
            remediationOf: components["schemas"]["CaseLinkDto"] | null;
            /** @description The case that mediates this one again */
            remediation: components["schemas"]["CaseLinkDto"] | null;
            /** Format: date-time */
            registeredAt: string;
            /** Format: date-time */
            acceptedAt: string | null;
            /** Format: date-time */
            lastActivityAt: string;
            parties: components["schemas"]["PartyResponseDto"][];
            mediators: components["schemas"]["CaseMediatorDto"][];
            sessions: components["schemas"]["SessionResponseDto"][];
            /** @description Agreements of the case, oldest first */
            agreements: components["schemas"]["AgreementSummaryDto"][];
            /** @description Deadline clocks, soonest first */
            deadlines: components["schemas"]["ClockDto"][];
            followUp: components["schemas"]["FollowUpDto"];
            timeline: components["schemas"]["TimelineEventDto"][];
            conflicts: components["schemas"]["ConflictResponseDto"][];
            /** @description What each party was told (rights notice) and agreed to, oldest first; the latest of a party and kind holds */
            consents: components["schemas"]["ConsentResponseDto"][];
            /** @description Transitions the caller may perform now */
            allowedActions: ("accept" | "reject" | "assign" | "pause" | "resume" | "extend" | "terminate" | "transfer" | "close" | "archive")[];
            /** @description Whether personal data in this answer is unmasked (case team only) */
            personalDataVisible: boolean;
            /**
             * @description Why the case is sensitive
             * @enum {string|null}
             */
            sensitivity: "family" | "health" | "minors" | null;
            /** @description Whether the texts of a sensitive case or session are shown (the case team, or the director with break-glass); otherwise they read 〔敏感案件,内容仅限办案人员查阅〕 */
            sensitiveContentVisible: boolean;
            /** @description The county bureau’s de-identified drill-down: masked names, no addresses, birth data, contacts or free texts */
            deidentified: boolean;
        };
        GuardianDto: {
            /** @example 王建军 */
            name: string;
            /** @example 父亲 */
            relation: string;
            /** @example 13900000003 */
            phone?: string;
        };
        AgentDto: {
            /** @example 王律师 */
            name: string;
            /** @example 13900000002 */
            phone?: string;
            /** @example 代为参加调解、陈述意见、达成并签署调解协议 */
            authority?: string;
            /**
             * @description 一般授权 or 特别授权 (may agree and sign)
             * @enum {string}
             */
            scope?: "general" | "special";
            /**
             * Format: date
             * @description The last day the power of attorney is valid
             */
            validUntil?: string;
        };
        AddPartyDto: {
            /** @description The case version the correction was made on (409 if it changed since) */
            version: number;
            /** @example 登记时电话记错,已与当事人核实 */
            reason: string;
            /** @enum {string} */
            role: "applicant" | "respondent" | "third_party";
            /** @enum {string} */
            kind: "person" | "organisation";
            /** @example 张三 */
            name: string;
            /** @enum {string} */
            sex?: "male" | "female";
            /** @example 汉族 */
            ethnicity?: string;
            /**
             * Format: date
             * @example 1985-03-15
             */
            birthDate?: string;
            /**
             * @default resident_id
             * @enum {string}
             */
            idType: "resident_id" | "passport" | "hk_macau_permit" | "taiwan_permit" | "other";
            /** @example 330681198503150021 */
            idNumber?: string;
            /** @example 13800000001 */
            phone?: string;
            address?: string;
            occupation?: string;
            /** @description Legal representative of an organisation party */
            legalRepresentative?: string;
            /** @description 统一社会信用代码 */
            creditCode?: string;
            /** @description Required before an agreement for a party under 18 */
            guardian?: components["schemas"]["GuardianDto"];
            agent?: components["schemas"]["AgentDto"];
        };
        UpdatePartyDto: {
            /** @description The case version the correction was made on (409 if it changed since) */
            version: number;
            /** @example 登记时电话记错,已与当事人核实 */
            reason: string;
            /** @enum {string} */
            role?: "applicant" | "respondent" | "third_party";
            /** @enum {string} */
            kind?: "person" | "organisation";
            /** @example 张三 */
            name?: string;
            /** @enum {string} */
            sex?: "male" | "female";
            /** @example 汉族 */
            ethnicity?: string;
            /**
             * Format: date
             * @example 1985-03-15
             */
            birthDate?: string;
            /**
             * @default resident_id
             * @enum {string}
             */
            idType: "resident_id" | "passport" | "hk_macau_permit" | "taiwan_permit" | "other";
            /** @example 330681198503150021 */
            idNumber?: string;
            /** @example 13800000001 */
            phone?: string;
            address?: string;
            occupation?: string;
            /** @description Legal representative of an organisation party */
            legalRepresentative?: string;
            /** @description 统一社会信用代码 */
            creditCode?: string;
            /** @description Required before an agreement for a party under 18 */
            guardian?: components["schemas"]["GuardianDto"];
            agent?: components["schemas"]["AgentDto"];
        };
        PartyInputDto: {
            /** @enum {string} */
            role: "applicant" | "respondent" | "third_party";
            /** @enum {string} */
            kind: "person" | "organisation";
            /** @example 张三 */
            name: string;
            /** @enum {string} */
            sex?: "male" | "female";
            /** @example 汉族 */
            ethnicity?: string;
            /**
             * Format: date
             * @example 1985-03-15
             */
            birthDate?: string;
            /**
             * @default resident_id
             * @enum {string}
             */
            idType: "resident_id" | "passport" | "hk_macau_permit" | "taiwan_permit" | "other";
            /** @example 330681198503150021 */
            idNumber?: string;
            /** @example 13800000001 */
            phone?: string;
            address?: string;
            occupation?: string;
            /** @description Legal representative of an organisation party */
            legalRepresentative?: string;
            /** @description 统一社会信用代码 */
            creditCode?: string;
            /** @description Required before an agreement for a party under 18 */
            guardian?: components["schemas"]["GuardianDto"];
            agent?: components["schemas"]["AgentDto"];
        };
        CreateCaseDto: {
            /**
             * Format: uuid
             * @description The committee or centre that registers the dispute
             */
            organisationId: string;
            /** @enum {string} */
            source: "walk_in" | "phone" | "self_initiated" | "grid" | "hotline_12345" | "court_dispatch" | "court_entrust" | "police" | "petition" | "government" | "online";
            /** @enum {string} */
            disputeType: "marriage_family" | "neighbour" | "housing_homestead" | "contract" | "production_business" | "damage_compensation" | "land_forest" | "land_acquisition" | "environment" | "labour" | "consumer" | "medical" | "traffic_accident" | "property_management" | "other";
            /** @example 漏水 */
            disputeSubtype?: string;
            /** @example 楼上住户漏水纠纷 */
            title: string;
            /** @description 纠纷简要情况 */
            facts: string;
            /** @description 申请事项 */
            requests: string;
            /**
             * @description Decimal string in yuan
             * @example 12000.00
             */
            amountInDispute?: string;
            /** Format: date-time */
            occurredAt?: string;
            /** @example 枫桥镇某小区 3 幢 */
            location?: string;
            /**
             * @default none
             * @enum {string}
             */
            riskLevel: "none" | "yellow" | "orange" | "red";
            /** @default false */
            isPublic: boolean;
            /** Format: uuid */
            referralId?: string;
            /**
             * @description Sensitive case (family, health, minors): facts, requests, summaries and the timeline for the case team only. Omitted: family disputes are family, medical ones health; null: not sensitive
             * @enum {string|null}
             */
            sensitivity?: "family" | "health" | "minors" | null;
            parties: components["schemas"]["PartyInputDto"][];
        };
        PartySummaryDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            role: "applicant" | "respondent" | "third_party";
            /** @enum {string} */
            kind: "person" | "organisation";
            name: string;
        };
        CaseListItemDto: {
            /** Format: uuid */
            id: string;
            /** @example (2026)枫老调字第0012号 */
            caseNumber: string;
            title: string;
            /** @enum {string} */
            status: "registered" | "accepted" | "in_mediation" | "paused" | "agreement_pending" | "agreement_effective" | "performing" | "performed" | "breached" | "terminated" | "not_accepted" | "transferred_out" | "closed" | "archived";
            /** @enum {string} */
            source: "walk_in" | "phone" | "self_initiated" | "grid" | "hotline_12345" | "court_dispatch" | "court_entrust" | "police" | "petition" | "government" | "online";
            /** @enum {string} */
            disputeType: "marriage_family" | "neighbour" | "housing_homestead" | "contract" | "production_business" | "damage_compensation" | "land_forest" | "land_acquisition" | "environment" | "labour" | "consumer" | "medical" | "traffic_accident" | "property_management" | "other";
            /** @enum {string} */
            riskLevel: "none" | "yellow" | "orange" | "red";
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            parties: components["schemas"]["PartySummaryDto"][];
            presidingMediatorName: string | null;
            /** Format: date-time */
            registeredAt: string;
            /** Format: date-time */
            lastActivityAt: string;
            version: number;
        };
        CasePageDto: {
            items: components["schemas"]["CaseListItemDto"][];
            /** @description Matching cases, counted up to 10,000 */
            total: number;
            /** @description More cases match than `total` says (the count stopped at its cap) */
            totalCapped: boolean;
            page: number;
            pageSize: number;
        };
        RightsNoticeDto: {
            /**
             * @description In writing (书面) or orally (口头)
             * @enum {string}
             */
            method: "written" | "oral";
            /**
             * Format: date-time
             * @description When it was delivered; now when omitted
             */
            at?: string;
            /**
             * @description The parties acknowledged it (signed or confirmed)
             * @default true
             */
            acknowledged: boolean;
            /** @description The parties told; every party without a notice when omitted. The applicants must be among those told by now */
            partyIds?: string[];
        };
        AcceptDto: {
            /** @example 1 */
            version: number;
            /** @description Records the rights notice for the parties it names (all without one by default); acceptance is refused (422 RIGHTS_NOTICE_MISSING) while an applicant has none */
            rightsNotice?: components["schemas"]["RightsNoticeDto"];
        };
        ReasonDto: {
            /** @example 1 */
            version: number;
            /** @example 双方已向法院起诉 */
            reason: string;
        };
        AssignDto: {
            /** @example 1 */
            version: number;
            /** Format: uuid */
            presidingMediatorId: string;
            /** @description Co-mediators */
            mediatorIds?: string[];
            /**
             * @description Assigned by the committee or chosen by the parties (Art 19)
             * @enum {string}
             */
            chosenBy: "committee" | "parties";
        };
        VersionDto: {
            /** @example 1 */
            version: number;
        };
        CourtConsentDto: {
            /** @example 诸暨市人民法院立案庭 李敏 */
            by: string;
            /**
             * Format: date
             * @example 2026-12-03
             */
            at: string;
        };
        ExtendDto: {
            /** @example 1 */
            version: number;
            days: number;
            /** @description Every party of the case must consent */
            consentPartyIds: string[];
            /**
             * @description How the parties consented (kept in the case’s consent records)
             * @default oral
             * @enum {string}
             */
            consentMethod: "written" | "oral" | "phone" | "recorded" | "online";
            reason?: string;
            /** @description A court-referred case extended beyond the configured cap needs the court’s consent */
            courtConsent?: components["schemas"]["CourtConsentDto"];
        };
        TerminateDto: {
            /** @example 1 */
            version: number;
            /** @example 双方已向法院起诉 */
            reason: string;
            /** @example 已告知双方可申请劳动仲裁或向人民法院起诉 */
            routesInformed: string;
        };
        TransferDto: {
            /** @example 1 */
            version: number;
            /** @example 双方已向法院起诉 */
            reason: string;
            /** Format: uuid */
            toOrganisationId: string;
        };
        CloseDto: {
            /** @example 1 */
            version: number;
            /**
             * @description Required to close a breached case (the agreement not performed): how the parties were told of suit, or of enforcement if confirmed
             * @example 已告知申请人可向人民法院起诉
             */
            unperformedRoutesInformed?: string;
        };
        ArchiveDto: {
            /** @example 1 */
            version: number;
            /**
             * @description 保管期限
             * @default long_term
             * @enum {string}
             */
            retention: "permanent" | "long_term" | "short_term";
        };
        RemediationDto: {
            /** @enum {string} */
            ground: "confirmation_refused" | "agreement_invalidated";
            /** @example 双方同意变更原协议的履行期限后重新调解 */
            reason: string;
            /** @description The court's judgment or ruling that voided the agreement (required for agreement_invalidated) */
            ruling?: string;
        };
        RemediationResponseDto: {
            /** Format: uuid */
            id: string;
            caseNumber: string;
        };
        RiskDto: {
            /** @enum {string} */
            level: "none" | "yellow" | "orange" | "red";
            /** @example 一方扬言报复 */
            note: string;
            /** @example 枫桥派出所值班民警 */
            reportedTo?: string;
        };
        RefusalDto: {
            /** Format: uuid */
            partyId: string;
            /** @example 被申请人明确表示不同意调解 */
            note: string;
        };
        RecordConsentDto: {
            /** @description The parties it was given by (or told to) */
            partyIds: string[];
            /** @enum {string} */
            kind: "rights_notice" | "mediate" | "invite_participant" | "public_mediation" | "extension" | "remote_session" | "disclosure" | "electronic_service" | "data_sharing";
            /**
             * @description false records a refusal or a withdrawal (for rights_notice: not acknowledged)
             * @default true
             */
            given: boolean;
            /** @enum {string} */
            method: "written" | "oral" | "phone" | "recorded" | "online";
            /**
             * Format: date-time
             * @description When; now when omitted; never in the future
             */
            at?: string;
            note?: string;
        };
        ConflictDto: {
            /** Format: uuid */
            mediatorId: string;
            /**
             * @description Declared by the mediator, or a party asked for recusal (回避)
             * @enum {string}
             */
            kind: "declared" | "recusal";
            /**
             * Format: uuid
             * @description The party asking for recusal
             */
            partyId?: string;
            /** @example 调解员系被申请人的表兄 */
            reason: string;
        };
        SensitivityDto: {
            /**
             * @description family, health or minors; null: not sensitive
             * @enum {string|null}
             */
            sensitivity: "family" | "health" | "minors" | null;
        };
        RemoteConsentDto: {
            /** @description The parties who consented to remote mediation */
            partyIds: string[];
            /**
             * @description oral, recorded (audio/video) or written
             * @enum {string}
             */
            method: "oral" | "recorded" | "written";
            /**
             * Format: date-time
             * @description When the consent was given
             */
            at: string;
        };
        ParticipantDto: {
            /** @example 李书记 */
            name: string;
            /** @example 村党支部书记(被申请人亲属) */
            relation: string;
            /** @description The parties agreed to invite this person (Art 20) */
            consent: boolean;
        };
        CreateSessionDto: {
            /**
             * @description back_to_back: one party; face_to_face: all parties; site_visit: any
             * @enum {string}
             */
            mode: "back_to_back" | "face_to_face" | "site_visit";
            /**
             * @description in_person, or remote by phone or video (needs remoteConsent of every party present)
             * @enum {string}
             */
            medium?: "in_person" | "phone" | "video";
            /** @description Required for a phone or video session */
            remoteConsent?: components["schemas"]["RemoteConsentDto"];
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            endedAt?: string;
            /** @example 老杨调解中心调解室 */
            place: string;
            partyIds: string[];
            mediatorIds: string[];
            participants?: components["schemas"]["ParticipantDto"][];
            /** @description What happened; shown on the timeline */
            summary: string;
            /** @description Back-to-back notes: visible only to the case’s mediators */
            privateNotes?: string;
            /**
             * @description A sensitive session (family, health, minors): its summary for the case team only
             * @enum {string|null}
             */
            sensitivity?: "family" | "health" | "minors" | null;
        };
        VerifyResultDto: {
            valid: boolean;
            agreementNumber?: string;
            caseNumber?: string;
            /** Format: date-time */
            signedAt?: string;
            /** @description The committee that signed */
            signer?: string;
            /** @description Parties with masked names */
            parties?: string[];
            reason?: string;
        };
        SigningKeyResponseDto: {
            /** @example CN=老杨调解中心, O=枫桥镇司法所, C=CN */
            subject: string;
            issuer: string;
            /** Format: date-time */
            validFrom: string;
            /** Format: date-time */
            validTo: string;
            /** @description SHA-256 of the certificate, hex pairs separated by colons */
            fingerprint: string;
            /** @description Issued by the system itself rather than by a CA */
            selfIssued: boolean;
        };
        SealResponseDto: {
            sha256: string;
            custodian: string;
            /** Format: date-time */
            registeredAt: string;
            width: number;
            height: number;
        };
        RegisteredSealDto: {
            sha256: string;
            custodian: string;
            /** Format: date-time */
            registeredAt: string;
        };
        SealUseDto: {
            /** Format: date-time */
            at: string;
            agreementNumber: string;
            caseNumber: string;
            /** @description Who put the seal on */
            by: string;
            /** @description The registered seal was in force (else the drawn seal) */
            registeredSeal: boolean;
        };
        SealUsesDto: {
            seal: components["schemas"]["RegisteredSealDto"] | null;
            uses: components["schemas"]["SealUseDto"][];
        };
        TemplateSummaryDto: {
            /** @example agreement */
            name: string;
            /** @example 人民调解协议书 */
            title: string;
            /** @description This organisation has its own version */
            overridden: boolean;
            /**
             * @description Where the effective version comes from: default, this organisation, or an ancestor
             * @enum {string}
             */
            origin: "default" | "own" | "inherited";
        };
        TemplateSourceDto: {
            /** @example agreement */
            name: string;
            /** @example 人民调解协议书 */
            title: string;
            /** @description This organisation has its own version */
            overridden: boolean;
            /**
             * @description Where the effective version comes from: default, this organisation, or an ancestor
             * @enum {string}
             */
            origin: "default" | "own" | "inherited";
            /** @description The effective Handlebars source */
            source: string;
        };
        UpdateTemplateDto: {
            /** @description Handlebars source rendering the layout language of templates/README.md */
            source: string;
        };
        TermDto: {
            /** Format: uuid */
            obligorPartyId: string;
            /** Format: uuid */
            obligeePartyId?: string;
            /** @enum {string} */
            kind: "pay" | "act" | "refrain" | "apologise" | "other";
            /** @example 3000.00 */
            amount?: string;
            /** Format: date */
            dueDate?: string;
            /** @example 现金当场支付 */
            method?: string;
            /** @example 老杨调解中心 */
            place?: string;
            /** @description The exact words the parties agreed; printed as written, never rewritten */
            text: string;
        };
        CreateAgreementDto: {
            /** @description 纠纷主要事实、争议事项 */
            facts: string;
            /** @description 各方责任 */
            responsibility: string;
            terms: components["schemas"]["TermDto"][];
            /** @description 履行方式、地点、期限 */
            performance: string;
            /** @description Matters not agreed, terminated with the routes explained (needs routesInformed) */
            unresolvedMatters?: string;
            /** @description The other routes the parties were told of for the unresolved matters (Art 26) */
            routesInformed?: string;
            /** @description Copies to print; default parties + 1 (one each and one for the committee) */
            copies?: number;
            /** @enum {string} */
            form: "written" | "oral";
        };
        TermResponseDto: {
            /** Format: uuid */
            obligorPartyId: string;
            /** Format: uuid */
            obligeePartyId?: string;
            /** @enum {string} */
            kind: "pay" | "act" | "refrain" | "apologise" | "other";
            /** @example 3000.00 */
            amount?: string;
            /** Format: date */
            dueDate?: string;
            /** @example 现金当场支付 */
            method?: string;
            /** @example 老杨调解中心 */
            place?: string;
            /** @description The exact words the parties agreed; printed as written, never rewritten */
            text: string;
            /** @example 叁仟元整 */
            amountInCapitals?: string;
        };
        AgreementSignatureDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            partyId: string | null;
            /** Format: uuid */
            mediatorId: string | null;
            committeeSeal: boolean;
            /** @enum {string} */
            kind: "signature" | "fingerprint" | "seal";
            signerName: string;
            /** Format: date-time */
            signedAt: string;
        };
        AgreementScanDto: {
            /** Format: uuid */
            id: string;
            filename: string;
            /** @enum {string} */
            contentType: "application/pdf" | "image/jpeg" | "image/png";
            /** @description Bytes */
            size: number;
            /** @description Pages (an image is one) */
            pages: number | null;
            sha256: string;
            /** Format: date-time */
            uploadedAt: string;
            /** @description Name of the user who uploaded it */
            uploadedBy: string;
        };
        AgreementCheckDto: {
            complete: boolean;
            /** @description Codes of what a legally complete agreement still lacks */
            missing: string[];
            /** @description The same, in Chinese, for the user */
            messages: string[];
        };
        AgreementResponseDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            caseId: string;
            agreementNumber: string;
            /** @enum {string} */
            form: "written" | "oral";
            /** @enum {string} */
            status: "draft" | "signing" | "effective" | "superseded";
            facts: string;
            responsibility: string;
            terms: components["schemas"]["TermResponseDto"][];
            performance: string;
            unresolvedMatters: string | null;
            routesInformed: string | null;
            copies: number;
            version: number;
            /** Format: date-time */
            effectiveAt: string | null;
            verifyCode: string | null;
            pdfSha256: string | null;
            signatures: components["schemas"]["AgreementSignatureDto"][];
            /** @description Signed on paper; the scans stand for the drawn signatures */
            paperSigned: boolean;
            /** @description Scans of the copy signed on paper */
            scans: components["schemas"]["AgreementScanDto"][];
            /**
             * Format: date-time
             * @description A paper-signed finalisation waiting for the director’s seal approval, since
             */
            sealRequestedAt: string | null;
            /** @description Who asked for the seal approval */
            sealRequestedBy: string | null;
            check: components["schemas"]["AgreementCheckDto"];
        };
        UpdateAgreementDto: {
            /** @example 1 */
            version: number;
            facts?: string;
            responsibility?: string;
            terms?: components["schemas"]["TermDto"][];
            performance?: string;
            copies?: number;
            unresolvedMatters?: string;
            routesInformed?: string;
        };
        SignerDto: {
            /** Format: uuid */
            partyId?: string;
            /** Format: uuid */
            mediatorId?: string;
            /** @description The committee seal */
            seal?: boolean;
        };
        SignatureDto: {
            signer: components["schemas"]["SignerDto"];
            /** @enum {string} */
            kind: "signature" | "fingerprint" | "seal";
            /** @description PNG as a data URL, at most 500 KB; may be omitted for the committee seal */
            image?: string;
        };
        FinaliseAgreementDto: {
            /** @description Signed by hand on the printed copy: the uploaded scans stand for the drawn signatures */
            paperSigned?: boolean;
        };
        SealApprovalDto: {
            /**
             * @description approve: the seal is given and the agreement takes effect; refuse: back to the case team
             * @enum {string}
             */
            decision: "approve" | "refuse";
            /** @description Why the request is refused (required to refuse) */
            reason?: string;
        };
        EvidenceResponseDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            caseId: string;
            /** @description Replaced by a marker for whoever may not read it */
            description: string;
            /** @enum {string} */
            source: "party" | "investigation" | "referrer" | "third_party";
            /** @enum {string} */
            sensitivity: "normal" | "sensitive";
            /** Format: date */
            obtainedOn: string | null;
            /** @description Replaced by a marker for whoever may not read it */
            filename: string;
            /** @enum {string} */
            contentType: "application/pdf" | "image/jpeg" | "image/png";
            size: number;
            pages: number;
            /** @description SHA-256 of the file kept (what GET …/file answers) */
            sha256: string;
            /** @description Whether the caller may open the file */
            mayOpen: boolean;
            /** Format: date-time */
            uploadedAt: string;
        };
        CreateInvestigationDto: {
            /** Format: date-time */
            investigatedAt: string;
            /** @example 枫溪小区3幢502室 */
            place: string;
            /** @description The case’s mediators who investigated */
            investigatorIds: string[];
            /** @example 赵丽华 */
            recorderName?: string;
            /**
             * Format: uuid
             * @description When the person interviewed is a party of the case
             */
            partyId?: string;
            /** @example 孙桂芳 */
            intervieweeName: string;
            /** @example 证人(邻居) */
            intervieweeRelation: string;
            /** @example 502室卫生间漏水的时间和经过 */
            subject: string;
            /**
             * @example 问:你什么时候发现楼下漏水?
             *     答:十月中旬。
             */
            content: string;
        };
        InvestigationDto: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            investigatedAt: string;
            place: string;
            investigatorNames: string[];
            recorderName: string | null;
            /** Format: uuid */
            partyId: string | null;
            intervieweeName: string;
            intervieweeRelation: string;
            subject: string;
            /** @description The sensitive marker outside the team of a sensitive case */
            content: string;
            /** Format: date-time */
            createdAt: string;
        };
        RespondentDto: {
            /** @example 刘建平 */
            name: string;
            /** @example 13900000002 */
            phone?: string;
        };
        PublicApplicationDto: {
            /**
             * Format: uuid
             * @description The committee or centre applied to
             */
            organisationId: string;
            /** @enum {string} */
            disputeType: "marriage_family" | "neighbour" | "housing_homestead" | "contract" | "production_business" | "damage_compensation" | "land_forest" | "land_acquisition" | "environment" | "labour" | "consumer" | "medical" | "traffic_accident" | "property_management" | "other";
            /** @description 纠纷简要情况 */
            facts: string;
            /** @description 申请事项: what the applicant asks for */
            requests: string;
            /** @description The applicant; the phone receives the tracking code */
            applicant: components["schemas"]["PartyInputDto"];
            respondent: components["schemas"]["RespondentDto"];
            /**
             * @description Consent to mediation by the committee (voluntary, Art 17)
             * @enum {boolean}
             */
            consent: true;
        };
        ApplicationReceiptDto: {
            /**
             * @description 一案一码: the tracking code
             * @example 3F9A21C07B4E
             */
            code: string;
            /** @example https://tiaojie.example.gov.cn/track/3F9A21C07B4E */
            trackUrl: string;
        };
        TrackEventDto: {
            /** Format: date-time */
            at: string;
            /** @example 已受理 */
            label: string;
        };
        TrackDto: {
            /** @description Once the committee accepted it */
            caseNumber: string | null;
            /** @example registered */
            status: string;
            /** @example 待受理 */
            statusLabel: string;
            /** @example 老杨调解中心 */
            organisationName: string;
            timeline: components["schemas"]["TrackEventDto"][];
        };
        CreatePartyLinkDto: {
            /** Format: uuid */
            partyId: string;
            /**
             * @description read a document, sign the agreement, or evaluate
             * @enum {string}
             */
            purpose: "read" | "sign" | "evaluate";
        };
        PartyLinkDto: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            expiresAt: string;
        };
        PartyTokenDto: {
            /** @description The token of the link /p/<token> */
            token: string;
        };
        PartySessionRequestDto: {
            /** @description The token of the link /p/<token> */
            token: string;
            /**
             * @description The 6-digit code sent by SMS
             * @example 042917
             */
            code: string;
        };
        PartySessionDto: {
            accessToken: string;
            /** Format: date-time */
            expiresAt: string;
            /** @enum {string} */
            purpose: "read" | "sign" | "evaluate";
        };
        PartySelfDto: {
            /** Format: uuid */
            id: string;
            name: string;
            role: string;
            phone: string | null;
            address: string | null;
        };
        OtherPartyDto: {
            name: string;
            role: string;
        };
        PartySessionSummaryDto: {
            /** Format: date-time */
            startedAt: string;
            summary: string;
        };
        PartyAgreementDto: {
            /** Format: uuid */
            id: string;
            agreementNumber: string;
            status: string;
            terms: string[];
        };
        PartyCaseDto: {
            caseNumber: string;
            title: string;
            status: string;
            statusLabel: string;
            organisationName: string;
            /** @enum {string} */
            purpose: "read" | "sign" | "evaluate";
            self: components["schemas"]["PartySelfDto"];
            otherParties: components["schemas"]["OtherPartyDto"][];
            /** @description Face-to-face sessions the party attended */
            jointSessions: components["schemas"]["PartySessionSummaryDto"][];
            agreement: components["schemas"]["PartyAgreementDto"] | null;
        };
        PartyEvaluationDto: {
            satisfaction: number;
            comment?: string;
        };
        PerformanceDto: {
            /** @description 0-based index of the term */
            termIndex: number;
            /** Format: date-time */
            performedAt: string;
            /** @example 3000.00 */
            amount?: string;
            /** @example 收条一张,已存档 */
            proof?: string;
        };
        PerformanceResultDto: {
            /** @description Case status after the record */
            caseStatus: string;
            /** @description Terms still to perform (0-based) */
            outstanding: number[];
        };
        UrgingDto: {
            /** @description 0-based index of the term urged; omitted for the whole agreement */
            termIndex?: number;
            /** Format: date-time */
            urgedAt: string;
            /** @enum {string} */
            method: "phone" | "visit" | "letter" | "message";
            /** @example 电话提醒被申请人于本月底前支付剩余款项，其表示同意 */
            note: string;
        };
        ReturnVisitDto: {
            /** Format: date-time */
            visitedAt: string;
            /** Format: uuid */
            partyId: string;
            /** @enum {string} */
            performance: "performed" | "partly" | "not_performed";
            satisfaction: number;
            /**
             * @default none
             * @enum {string}
             */
            residualRisk: "none" | "low" | "high";
            /** @example 当事人表示赔偿款已收到,对调解结果满意 */
            note: string;
        };
        JudicialConfirmationDto: {
            /** @example 诸暨市人民法院 */
            court: string;
            /** Format: date */
            appliedAt: string;
        };
        JudicialConfirmationResponseDto: {
            /** Format: uuid */
            id: string;
            court: string;
            /** Format: date */
            appliedAt: string;
            /** @enum {string} */
            status: "applied" | "accepted" | "confirmed" | "refused" | "rejected_for_acceptance" | "withdrawn";
            rulingNumber: string | null;
            /** Format: date */
            rulingDate: string | null;
        };
        JudicialConfirmationUpdateDto: {
            /** @enum {string} */
            status: "applied" | "accepted" | "confirmed" | "refused" | "rejected_for_acceptance" | "withdrawn";
            /** @example (2026)浙0681民特123号 */
            rulingNumber?: string;
            /** Format: date */
            rulingDate?: string;
        };
        ExportCaseDto: {
            /** Format: uuid */
            id: string;
            caseNumber: string;
            title: string;
            organisation: string;
            disputeType: string;
            status: string;
            facts: string;
            requests: string;
            location?: string;
            registeredAt: string;
            closedAt?: string;
        };
        ExportSessionDto: {
            /** Format: uuid */
            id: string;
            mode: string;
            startedAt: string;
            endedAt?: string;
            place: string;
            summary: string;
        };
        ExportSignatureDto: {
            kind: string;
            signedAt: string;
            /** @description The signature or fingerprint image as a PNG data URL */
            image?: string;
        };
        ExportAgreementDto: {
            /** Format: uuid */
            id: string;
            agreementNumber: string;
            status: string;
            form: string;
            facts: string;
            responsibility: string;
            terms: Record<string, never>[];
            performance: string;
            effectiveAt?: string;
            /** @description Path of the signed PDF when it was issued */
            pdfPath?: string;
            pdfSha256?: string;
            signatures: components["schemas"]["ExportSignatureDto"][];
            scans: Record<string, never>[];
            performanceRecords: Record<string, never>[];
            judicialConfirmations: Record<string, never>[];
        };
        ExportReturnVisitDto: {
            visitedAt: string;
            performance: string;
            satisfaction: number;
            note: string;
        };
        ExportRecordDto: {
            case: components["schemas"]["ExportCaseDto"];
            party: components["schemas"]["PartyResponseDto"];
            sessions: components["schemas"]["ExportSessionDto"][];
            agreements: components["schemas"]["ExportAgreementDto"][];
            returnVisits: components["schemas"]["ExportReturnVisitDto"][];
        };
        PersonalDataExportDto: {
            exportedAt: string;
            exportedBy: string;
            purpose: string;
            name: string;
            /**
             * @description id_number: every party record with the same ID number in the caller’s scope
             * @enum {string}
             */
            matchedBy: "id_number" | "party_record";
            records: components["schemas"]["ExportRecordDto"][];
            /** @description What is held but not disclosed, and why */
            withheld: string[];
        };
        CreateReferralDto: {
            /** @enum {string} */
            source: "court_dispatch" | "court_entrust" | "police" | "petition" | "hotline_12345" | "grid" | "government";
            /**
             * @description The referrer’s own number
             * @example (2026)浙0681民诉前调1234号
             */
            externalRef: string;
            /**
             * @description Defaults to the start of the summary
             * @example 物业费纠纷
             */
            title?: string;
            /** @description 案情摘要 */
            summary: string;
            /** @enum {string} */
            disputeType: "marriage_family" | "neighbour" | "housing_homestead" | "contract" | "production_business" | "damage_compensation" | "land_forest" | "land_acquisition" | "environment" | "labour" | "consumer" | "medical" | "traffic_accident" | "property_management" | "other";
            parties: components["schemas"]["PartyInputDto"][];
            /**
             * Format: date
             * @description The referrer’s deadline (e.g. 30 days for 委派)
             */
            dueDate?: string;
            /**
             * @description Whom at the referring body to call
             * @example 李敏 0575-87000000
             */
            contact: string;
        };
        OrgRefDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        ReferralListItemDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            source: "court_dispatch" | "court_entrust" | "police" | "petition" | "hotline_12345" | "grid" | "government";
            externalRef: string;
            title: string;
            summary: string;
            /** @enum {string} */
            disputeType: "marriage_family" | "neighbour" | "housing_homestead" | "contract" | "production_business" | "damage_compensation" | "land_forest" | "land_acquisition" | "environment" | "labour" | "consumer" | "medical" | "traffic_accident" | "property_management" | "other";
            /** @enum {string} */
            status: "received" | "dispatched" | "accepted" | "declined" | "closed";
            referringOrganisation: components["schemas"]["OrgRefDto"];
            targetOrganisation: components["schemas"]["OrgRefDto"] | null;
            /** Format: date-time */
            receivedAt: string;
            /** Format: date */
            dueDate: string | null;
            /** Format: uuid */
            caseId: string | null;
            caseNumber: string | null;
            caseStatus: string | null;
            /** @enum {string|null} */
            outcome: "agreement" | "terminated" | null;
        };
        ReferralPageDto: {
            items: components["schemas"]["ReferralListItemDto"][];
            total: number;
            page: number;
            pageSize: number;
        };
        ReferralPartyDto: {
            /** @enum {string} */
            role: "applicant" | "respondent" | "third_party";
            /** @enum {string} */
            kind: "person" | "organisation";
            name: string;
        };
        ReferralAgreementDto: {
            /** Format: uuid */
            id: string;
            agreementNumber: string;
            /** Format: date-time */
            effectiveAt: string | null;
        };
        ReferralDetailDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            source: "court_dispatch" | "court_entrust" | "police" | "petition" | "hotline_12345" | "grid" | "government";
            externalRef: string;
            title: string;
            summary: string;
            /** @enum {string} */
            disputeType: "marriage_family" | "neighbour" | "housing_homestead" | "contract" | "production_business" | "damage_compensation" | "land_forest" | "land_acquisition" | "environment" | "labour" | "consumer" | "medical" | "traffic_accident" | "property_management" | "other";
            /** @enum {string} */
            status: "received" | "dispatched" | "accepted" | "declined" | "closed";
            referringOrganisation: components["schemas"]["OrgRefDto"];
            targetOrganisation: components["schemas"]["OrgRefDto"] | null;
            /** Format: date-time */
            receivedAt: string;
            /** Format: date */
            dueDate: string | null;
            /** Format: uuid */
            caseId: string | null;
            caseNumber: string | null;
            caseStatus: string | null;
            /** @enum {string|null} */
            outcome: "agreement" | "terminated" | null;
            contact: string;
            parties: components["schemas"]["ReferralPartyDto"][];
            declinedReason: string | null;
            /** Format: date-time */
            dispatchedAt: string | null;
            /** Format: date-time */
            acceptedAt: string | null;
            /** Format: date-time */
            feedbackDueAt: string | null;
            /** Format: date-time */
            firstFeedbackAt: string | null;
            undisputedFacts: string | null;
            agreement: components["schemas"]["ReferralAgreementDto"] | null;
            terminationReason: string | null;
            routesInformed: string | null;
            events: components["schemas"]["TimelineEventDto"][];
        };
        DispatchDto: {
            /**
             * Format: uuid
             * @description A committee or centre in the office’s area
             */
            organisationId: string;
        };
        AcceptReferralDto: {
            rightsNotice?: components["schemas"]["RightsNoticeDto"];
        };
        DeclineDto: {
            /** @example 不属于本调委会辖区 */
            reason: string;
        };
        FeedbackDto: {
            /** @example 已受理，正在调解，预计三日内有结果 */
            note: string;
        };
        UndisputedFactsDto: {
            /** @example 双方确认：物业服务合同真实有效；欠缴物业费期间为 2024 年 1 月至 2025 年 12 月。 */
            text: string;
        };
        OverdueItemDto: {
            /** Format: uuid */
            caseId: string;
            caseNumber: string;
            title: string;
            organisationName: string;
            label: string;
            /** Format: date-time */
            dueAt: string;
        };
        CommitteeLoadDto: {
            /** Format: uuid */
            organisationId: string;
            name: string;
            /** @description Cases still open */
            open: number;
            red: number;
            yellow: number;
        };
        MediatorLoadDto: {
            /** Format: uuid */
            mediatorId: string;
            name: string;
            organisationName: string;
            open: number;
        };
        OversightSummaryDto: {
            /** @description Open clocks by light */
            lights: components["schemas"]["LightCountsDto"];
            openReferrals: number;
            /** @description Received or declined, waiting to be dispatched */
            unassignedReferrals: number;
            /** @description 风险报告 (Art 25) of the cases in scope not yet acknowledged */
            openEscalations: number;
            /** @description Of those, the ones past their time to be acknowledged */
            lateEscalations: number;
            overdue: components["schemas"]["OverdueItemDto"][];
            committees: components["schemas"]["CommitteeLoadDto"][];
            mediators: components["schemas"]["MediatorLoadDto"][];
        };
        OversightCaseDto: {
            /** Format: uuid */
            caseId: string;
            caseNumber: string;
            title: string;
            organisationName: string;
            status: string;
            /** @enum {string} */
            light: "green" | "yellow" | "red" | "paused" | "done";
            /** Format: date-time */
            dueAt: string;
            label: string;
        };
        OversightCasePageDto: {
            items: components["schemas"]["OversightCaseDto"][];
            total: number;
            page: number;
            pageSize: number;
        };
        ChecklistItemDto: {
            /** @enum {string} */
            code: "application" | "rights_notice" | "identity" | "records" | "agreement_or_termination" | "signatures" | "deadlines" | "return_visit" | "filing";
            label: string;
            points: number;
        };
        SuperviseDto: {
            /** @example 该案已超期，请于三日内报告进展 */
            note: string;
        };
        ReviewItemDto: {
            /** @enum {string} */
            code: "application" | "rights_notice" | "identity" | "records" | "agreement_or_termination" | "signatures" | "deadlines" | "return_visit" | "filing";
            passed: boolean;
            note?: string;
        };
        FileReviewDto: {
            items: components["schemas"]["ReviewItemDto"][];
            note?: string;
        };
        FileReviewResultDto: {
            /** Format: uuid */
            id: string;
            score: number;
        };
        CountByTypeDto: {
            /** @enum {string} */
            disputeType: "marriage_family" | "neighbour" | "housing_homestead" | "contract" | "production_business" | "damage_compensation" | "land_forest" | "land_acquisition" | "environment" | "labour" | "consumer" | "medical" | "traffic_accident" | "property_management" | "other";
            received: number;
            succeeded: number;
        };
        CountBySourceDto: {
            /** @enum {string} */
            source: "walk_in" | "phone" | "self_initiated" | "grid" | "hotline_12345" | "court_dispatch" | "court_entrust" | "police" | "petition" | "government" | "online";
            received: number;
            succeeded: number;
        };
        CountByKindDto: {
            kind: string;
            received: number;
            succeeded: number;
        };
        PreventedDto: {
            /** @enum {string} */
            kind: "criminal" | "group_petition" | "group_fight" | "suicide";
            cases: number;
            persons: number;
        };
        OverviewDto: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            /** @description Cases registered in the period */
            received: number;
            accepted: number;
            /** @description With an effective agreement */
            succeeded: number;
            /** @description Terminated without an agreement */
            failed: number;
            /** @description succeeded / (succeeded + failed) */
            successRate: number | null;
            /**
             * @description Yuan to be paid under the effective agreements
             * @example 125000.00
             */
            agreementAmount: string;
            /** @description Agreements performed in full */
            performed: number;
            /** @description Agreements confirmed by a court */
            judicialConfirmations: number;
            /** @description Cases whose mediation period ran out */
            overdue: number;
            averageDaysToClose: number | null;
            /** @description Mean return-visit satisfaction, 1–5 */
            satisfaction: number | null;
            /** @description 满意率: share of satisfaction answers ≥ 4 of 5 given in the period (see satisfactionSource) */
            satisfactionRate: number | null;
            /**
             * @description Whose answers: the parties’ own evaluations when the period has any, else return visits recorded by staff
             * @enum {string}
             */
            satisfactionSource: "party_evaluations" | "return_visits";
            /** @description 回复率: referrals whose first feedback was due in the period, answered by then ÷ those due */
            replyRate: number | null;
            /** @description 办结率: accepted cases registered in the period that reached an outcome (agreement or termination) ÷ accepted */
            closedRate: number | null;
            byType: components["schemas"]["CountByTypeDto"][];
            bySource: components["schemas"]["CountBySourceDto"][];
            byOrganisationKind: components["schemas"]["CountByKindDto"][];
            prevented: components["schemas"]["PreventedDto"][];
        };
        TrendMonthDto: {
            /** @example 2026-10 */
            month: string;
            received: number;
            succeeded: number;
        };
        TrendDto: {
            months: components["schemas"]["TrendMonthDto"][];
        };
        TypeCountDto: {
            /** @enum {string} */
            disputeType: "marriage_family" | "neighbour" | "housing_homestead" | "contract" | "production_business" | "damage_compensation" | "land_forest" | "land_acquisition" | "environment" | "labour" | "consumer" | "medical" | "traffic_accident" | "property_management" | "other";
            count: number;
        };
        PlaceDto: {
            place: string;
            total: number;
            topTypes: components["schemas"]["TypeCountDto"][];
        };
        RepeatDto: {
            name: string;
            cases: number;
        };
        RepeatPlaceDto: {
            place: string;
            cases: number;
        };
        MediatorWorkDto: {
            /** Format: uuid */
            mediatorId: string;
            name: string;
            organisationName: string;
            cases: number;
            succeeded: number;
        };
        CommitteeWorkDto: {
            /** Format: uuid */
            organisationId: string;
            name: string;
            received: number;
            succeeded: number;
        };
        AnalysisDto: {
            places: components["schemas"]["PlaceDto"][];
            /** @description Empty for the county bureau (de-identified) */
            repeatParties: components["schemas"]["RepeatDto"][];
            repeatPlaces: components["schemas"]["RepeatPlaceDto"][];
            mediators: components["schemas"]["MediatorWorkDto"][];
            committees: components["schemas"]["CommitteeWorkDto"][];
        };
        ReportColumnDto: {
            key: string;
            label: string;
            /** @description The header group it sits under */
            group: string | null;
        };
        ReportRowDto: {
            /** Format: uuid */
            organisationId: string;
            name: string;
            values: {
                [key: string]: number | string;
            };
        };
        ReportDto: {
            /** @example 2026-10 */
            period: string;
            organisationName: string;
            columns: components["schemas"]["ReportColumnDto"][];
            rows: components["schemas"]["ReportRowDto"][];
            totals: {
                [key: string]: number | string;
            };
            /** @description The month was locked: this is the report as it stood then */
            locked: boolean;
            /** Format: date-time */
            lockedAt: string | null;
            /** @description Who locked it */
            lockedBy: string | null;
        };
        LockPeriodDto: {
            /**
             * Format: uuid
             * @description The organisation whose report to lock (default: the caller’s)
             */
            organisationId?: string;
        };
        PreventionItemDto: {
            /** @enum {string} */
            kind: "criminal" | "group_petition" | "group_fight" | "suicide";
            /** @description Persons involved */
            persons: number;
        };
        PreventionDto: {
            /** @description Empty: nothing prevented */
            items: components["schemas"]["PreventionItemDto"][];
        };
        EscalationDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            caseId: string;
            caseNumber: string;
            /** @description The reporting committee */
            committeeName: string;
            /** @enum {string} */
            level: "orange" | "red";
            note: string;
            recipientName: string;
            reportedByName: string;
            /** Format: date-time */
            reportedAt: string;
            /** Format: date-time */
            acknowledgeBy: string;
            /** Format: date-time */
            acknowledgedAt: string | null;
            acknowledgedByName: string | null;
            response: string | null;
            /**
             * @description done once acknowledged; red past acknowledgeBy
             * @enum {string}
             */
            light: "green" | "red" | "done";
            /** @description Whether the caller’s body received it and may acknowledge it */
            mayAcknowledge: boolean;
        };
        AcknowledgeEscalationDto: {
            /** @example 已派民警到场处置,双方情绪稳定 */
            response?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AuditController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                entity?: string;
                entityId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPageDto"];
                };
            };
        };
    };
    AuditController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditVerifyDto"];
                };
            };
        };
    };
    OrganisationsController_tree: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationTreeDto"][];
                };
            };
        };
    };
    OrganisationsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganisationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationResponseDto"];
                };
            };
        };
    };
    OrganisationsController_mediationBodies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationResponseDto"][];
                };
            };
        };
    };
    OrganisationsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganisationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationResponseDto"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponseDto"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_sessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"][];
                };
            };
        };
    };
    AuthController_logoutOthers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponseDto"];
                };
            };
        };
    };
    ApiKeysController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeySummaryDto"][];
                };
            };
        };
    };
    ApiKeysController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKeyDto"];
                };
            };
        };
    };
    ApiKeysController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UsersController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"][];
                };
            };
        };
    };
    UsersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedUserDto"];
                };
            };
        };
    };
    UsersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
        };
    };
    UsersController_resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemporaryPasswordDto"];
                };
            };
        };
    };
    UsersController_sessions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"][];
                };
            };
        };
    };
    UsersController_signOut: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UsersController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HealthController_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
        };
    };
    NotificationsController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPageDto"];
                };
            };
        };
    };
    NotificationsController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DeadlinesController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                light?: "green" | "yellow" | "red" | "paused" | "done";
                kind?: "acceptance" | "mediation" | "signature" | "obligation" | "judicial_confirmation" | "court_acceptance" | "court_ruling" | "return_visit" | "filing" | "escalation";
                organisationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadlinePageDto"];
                };
            };
        };
    };
    DeadlinesController_sweep: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SweepResultDto"];
                };
            };
        };
    };
    DeadlinesController_overrides: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarOverrideDto"][];
                };
            };
        };
    };
    DeadlinesController_setOverride: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CalendarOverrideDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarOverrideDto"];
                };
            };
        };
    };
    DeadlinesController_removeOverride: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                day: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DeadlineRulesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadlineRuleDto"][];
                };
            };
        };
    };
    DeadlineRulesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDeadlineRuleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadlineRuleDto"];
                };
            };
        };
    };
    DeadlineRulesController_listFor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadlineRuleDto"][];
                };
            };
        };
    };
    DeadlineRulesController_setFor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                ruleId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDeadlineRuleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadlineRuleDto"];
                };
            };
        };
    };
    DeadlineRulesController_resetFor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                ruleId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadlineRuleDto"];
                };
            };
        };
    };
    MediatorsController_list: {
        parameters: {
            query?: {
                organisationId?: string;
                /** @description true: also suspended and removed mediators (the roster page) */
                all?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediatorListDto"];
                };
            };
        };
    };
    MediatorsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMediatorDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediatorDto"];
                };
            };
        };
    };
    MediatorsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMediatorDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediatorDto"];
                };
            };
        };
    };
    CasesController_detail: {
        parameters: {
            query?: never;
            header?: {
                /** @description Director only: percent-encoded reason to read private notes (audited) */
                "x-break-glass-reason"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"];
                };
            };
        };
    };
    CasesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCaseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"];
                };
            };
        };
    };
    CasesController_addParty: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddPartyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartyResponseDto"];
                };
            };
        };
    };
    CasesController_updateParty: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                partyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePartyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartyResponseDto"];
                };
            };
        };
    };
    CasesController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "registered" | "accepted" | "in_mediation" | "paused" | "agreement_pending" | "agreement_effective" | "performing" | "performed" | "breached" | "terminated" | "not_accepted" | "transferred_out" | "closed" | "archived";
                disputeType?: "marriage_family" | "neighbour" | "housing_homestead" | "contract" | "production_business" | "damage_compensation" | "land_forest" | "land_acquisition" | "environment" | "labour" | "consumer" | "medical" | "traffic_accident" | "property_management" | "other";
                source?: "walk_in" | "phone" | "self_initiated" | "grid" | "hotline_12345" | "court_dispatch" | "court_entrust" | "police" | "petition" | "government" | "online";
                /** @description succeeded: an effective agreement; failed: terminated without one (the statistics’ drill-down) */
                outcome?: "succeeded" | "failed";
                /** @description Limit to this organisation and those below it */
                organisationId?: string;
                mediatorId?: string;
                /** @description Case number, title, facts or party name; Chinese substrings; or an exact ID number or phone */
                q?: string;
                /** @description Registered on or after */
                from?: string;
                /** @description Registered on or before */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CasePageDto"];
                };
            };
        };
    };
    CasesController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key creates nothing new */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCaseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"];
                };
            };
        };
    };
    CasesController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"];
                };
            };
        };
    };
    CasesController_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"];
                };
            };
        };
    };
    CasesController_assign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"];
                };
            };
        };
    };
    CasesController_pause: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"];
                };
            };
        };
    };
    CasesController_resume: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VersionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"];
                };
            };
        };
    };
    CasesController_extend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtendDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"];
                };
            };
        };
    };
    CasesController_terminate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TerminateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"];
                };
            };
        };
    };
    CasesController_transfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"];
                };
            };
        };
    };
    CasesController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"];
                };
            };
        };
    };
    CasesController_archive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArchiveDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"];
                };
            };
        };
    };
    CasesController_remediation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RemediationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemediationResponseDto"];
                };
            };
        };
    };
    CasesController_risk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RiskDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"];
                };
            };
        };
    };
    CasesController_refusal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefusalDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"];
                };
            };
        };
    };
    CasesController_consent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordConsentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"];
                };
            };
        };
    };
    CasesController_conflict: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConflictDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"];
                };
            };
        };
    };
    CaseSensitivityController_sensitivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SensitivityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"];
                };
            };
        };
    };
    SessionsController_list: {
        parameters: {
            query?: never;
            header?: {
                /** @description Director only: percent-encoded reason to read private notes (audited) */
                "x-break-glass-reason"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponseDto"][];
                };
            };
        };
    };
    SessionsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSessionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponseDto"];
                };
            };
        };
    };
    SessionsController_sensitivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SensitivityDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    VerifyController_file: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
                "application/pdf": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerifyResultDto"];
                };
            };
        };
    };
    VerifyController_code: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerifyResultDto"];
                };
            };
        };
    };
    CaseDocumentsController_caseDocument: {
        parameters: {
            query?: {
                /** @description Why it is printed or exported, recorded in the audit trail (default case_work) */
                purpose?: "case_work" | "service" | "filing" | "judicial_confirmation" | "review" | "party_request";
            };
            header?: {
                /** @description Director only: percent-encoded reason to print a sensitive case (audited) */
                "x-break-glass-reason"?: string;
            };
            path: {
                id: string;
                document: "application.pdf" | "acceptance.pdf" | "rights-notice.pdf" | "termination.pdf" | "arbitration-notice.pdf";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CaseDocumentsController_volume: {
        parameters: {
            query?: {
                /** @description Why it is printed or exported, recorded in the audit trail (default case_work) */
                purpose?: "case_work" | "service" | "filing" | "judicial_confirmation" | "review" | "party_request";
            };
            header?: {
                /** @description Director only: percent-encoded reason to print a sensitive case (audited) */
                "x-break-glass-reason"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CaseDocumentsController_record: {
        parameters: {
            query?: {
                /** @description Why it is printed or exported, recorded in the audit trail (default case_work) */
                purpose?: "case_work" | "service" | "filing" | "judicial_confirmation" | "review" | "party_request";
            };
            header?: {
                /** @description Director only: percent-encoded reason to print a sensitive case (audited) */
                "x-break-glass-reason"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CaseDocumentsController_investigation: {
        parameters: {
            query?: {
                /** @description Why it is printed or exported, recorded in the audit trail (default case_work) */
                purpose?: "case_work" | "service" | "filing" | "judicial_confirmation" | "review" | "party_request";
            };
            header?: {
                /** @description Director only: percent-encoded reason to print a sensitive case (audited) */
                "x-break-glass-reason"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrganisationDocumentsController_signingKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SigningKeyResponseDto"];
                };
            };
        };
    };
    OrganisationDocumentsController_importSigningKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                    password: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SigningKeyResponseDto"];
                };
            };
        };
    };
    OrganisationDocumentsController_registerSeal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                    custodian: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SealResponseDto"];
                };
            };
        };
    };
    OrganisationDocumentsController_sealUses: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SealUsesDto"];
                };
            };
        };
    };
    OrganisationDocumentsController_listTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateSummaryDto"][];
                };
            };
        };
    };
    OrganisationDocumentsController_template: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateSourceDto"];
                };
            };
        };
    };
    OrganisationDocumentsController_putTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTemplateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateSourceDto"];
                };
            };
        };
    };
    OrganisationDocumentsController_revertTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateSourceDto"];
                };
            };
        };
    };
    OrganisationDocumentsController_previewTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTemplateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AgreementsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAgreementDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementResponseDto"];
                };
            };
        };
    };
    AgreementsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementResponseDto"];
                };
            };
        };
    };
    AgreementsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAgreementDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementResponseDto"];
                };
            };
        };
    };
    AgreementsController_check: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementCheckDto"];
                };
            };
        };
    };
    AgreementsController_sign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignatureDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementResponseDto"];
                };
            };
        };
    };
    AgreementsController_finalise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FinaliseAgreementDto"];
            };
        };
        responses: {
            /** @description Effective */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementResponseDto"];
                };
            };
            /** @description Paper-signed: waiting for the director’s seal approval */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementResponseDto"];
                };
            };
        };
    };
    AgreementsController_sealApproval: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SealApprovalDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementResponseDto"];
                };
            };
        };
    };
    AgreementsController_uploadScan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementResponseDto"];
                };
            };
        };
    };
    AgreementsController_scan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                scanId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AgreementsController_pdf: {
        parameters: {
            query?: {
                /** @description Why it is printed or exported, recorded in the audit trail (default case_work) */
                purpose?: "case_work" | "signing" | "service" | "filing" | "judicial_confirmation" | "review" | "party_request";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    EvidenceController_list: {
        parameters: {
            query?: never;
            header?: {
                /** @description Director only: percent-encoded reason to read sensitive evidence (audited) */
                "x-break-glass-reason"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceResponseDto"][];
                };
            };
        };
    };
    EvidenceController_add: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                    description: string;
                    /** @enum {string} */
                    source: "party" | "investigation" | "referrer" | "third_party";
                    /** @enum {string} */
                    sensitivity?: "normal" | "sensitive";
                    /** Format: date */
                    obtainedOn?: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceResponseDto"];
                };
            };
        };
    };
    EvidenceController_file: {
        parameters: {
            query?: never;
            header?: {
                /** @description Director only: percent-encoded reason to read sensitive evidence (audited) */
                "x-break-glass-reason"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    InvestigationsController_list: {
        parameters: {
            query?: never;
            header?: {
                /** @description Director only (audited) */
                "x-break-glass-reason"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvestigationDto"][];
                };
            };
        };
    };
    InvestigationsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInvestigationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvestigationDto"];
                };
            };
        };
    };
    PublicController_apply: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublicApplicationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationReceiptDto"];
                };
            };
        };
    };
    PublicController_track: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackDto"];
                };
            };
        };
    };
    PartyLinksController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePartyLinkDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartyLinkDto"];
                };
            };
        };
    };
    PartyController_otp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PartyTokenDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PartyController_session: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PartySessionRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartySessionDto"];
                };
            };
        };
    };
    PartyController_case: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartyCaseDto"];
                };
            };
        };
    };
    PartyController_evaluate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PartyEvaluationDto"];
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PerformanceController_record: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PerformanceDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PerformanceResultDto"];
                };
            };
        };
    };
    PerformanceController_urge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UrgingDto"];
            };
        };
        responses: {
            /** @description The new record’s id */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PerformanceController_visit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnVisitDto"];
            };
        };
        responses: {
            /** @description The new visit’s id */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PerformanceController_apply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JudicialConfirmationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JudicialConfirmationResponseDto"];
                };
            };
        };
    };
    PerformanceController_pack: {
        parameters: {
            query?: {
                /** @description Printed as addressee; blank to fill in by hand */
                court?: string;
                /** @description Why it is printed or exported, recorded in the audit trail (default case_work) */
                purpose?: "case_work" | "service" | "filing" | "judicial_confirmation" | "review" | "party_request";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PerformanceController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JudicialConfirmationUpdateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JudicialConfirmationResponseDto"];
                };
            };
        };
    };
    PersonalDataExportController_export: {
        parameters: {
            query?: {
                /** @description Purpose recorded in the audit trail */
                purpose?: string;
            };
            header?: never;
            path: {
                partyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonalDataExportDto"];
                };
            };
        };
    };
    ReferralsController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "received" | "dispatched" | "accepted" | "declined" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralPageDto"];
                };
            };
        };
    };
    ReferralsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReferralDto"];
            };
        };
        responses: {
            /** @description `{ id, status: "received" }`; 409 for a repeated external reference */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferralsController_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralDetailDto"];
                };
            };
        };
    };
    ReferralsController_dispatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DispatchDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferralsController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptReferralDto"];
            };
        };
        responses: {
            /** @description `{ caseId }` */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferralsController_decline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclineDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferralsController_feedback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FeedbackDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferralsController_letter: {
        parameters: {
            query?: {
                /** @description Why it is printed or exported, recorded in the audit trail (default case_work) */
                purpose?: "case_work" | "service" | "filing" | "judicial_confirmation" | "review" | "party_request";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferralsController_agreement: {
        parameters: {
            query?: {
                /** @description Why it is printed or exported, recorded in the audit trail (default case_work) */
                purpose?: "case_work" | "service" | "filing" | "judicial_confirmation" | "review" | "party_request";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferralsController_undisputed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UndisputedFactsDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OversightController_summary: {
        parameters: {
            query?: {
                /** @description A committee (or office) in the caller’s area */
                organisationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OversightSummaryDto"];
                };
            };
        };
    };
    OversightController_cases: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                light?: "green" | "yellow" | "red" | "paused" | "done";
                organisationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OversightCasePageDto"];
                };
            };
        };
    };
    OversightController_checklist: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChecklistItemDto"][];
                };
            };
        };
    };
    OversightController_supervise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SuperviseDto"];
            };
        };
        responses: {
            /** @description `{ notified }`: how many people were told */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OversightController_review: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FileReviewDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileReviewResultDto"];
                };
            };
        };
    };
    StatsController_overview: {
        parameters: {
            query?: {
                /** @description Registered on or after (China time); default the 1st of this month */
                from?: string;
                /** @description Registered on or before; default today */
                to?: string;
                /** @description An organisation in the caller’s scope (and those below it) */
                organisationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OverviewDto"];
                };
            };
        };
    };
    StatsController_trend: {
        parameters: {
            query?: {
                /** @description Registered on or after (China time); default the 1st of this month */
                from?: string;
                /** @description Registered on or before; default today */
                to?: string;
                /** @description An organisation in the caller’s scope (and those below it) */
                organisationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrendDto"];
                };
            };
        };
    };
    StatsController_analysis: {
        parameters: {
            query?: {
                /** @description Registered on or after (China time); default the 1st of this month */
                from?: string;
                /** @description Registered on or before; default today */
                to?: string;
                /** @description An organisation in the caller’s scope (and those below it) */
                organisationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalysisDto"];
                };
            };
        };
    };
    StatsController_report: {
        parameters: {
            query: {
                /** @description The month, YYYY-MM */
                period: string;
                organisationId?: string;
                format?: "json" | "xlsx";
                /** @description Why it is printed or exported, recorded in the audit trail (default case_work) */
                purpose?: "case_work" | "report" | "review";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDto"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ReportDto"];
                };
            };
        };
    };
    StatsController_lock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The month, YYYY-MM */
                period: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LockPeriodDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDto"];
                };
            };
        };
    };
    StatsController_prevention: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreventionDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    EscalationsController_list: {
        parameters: {
            query?: {
                /** @description open: not yet acknowledged */
                status?: "open" | "all";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationDto"][];
                };
            };
        };
    };
    EscalationsController_acknowledge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcknowledgeEscalationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationDto"];
                };
            };
        };
    };
}
