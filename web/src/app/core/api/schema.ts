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
            /** Format: uuid */
            parentId: string | null;
            caseNumberPrefix: string | null;
            address: string | null;
            children: components["schemas"]["OrganisationTreeDto"][];
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
        };
        OrganisationResponseDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "county_bureau" | "judicial_office" | "committee" | "centre" | "court" | "police" | "petition_office" | "hotline" | "government";
            /** Format: uuid */
            parentId: string | null;
            caseNumberPrefix: string | null;
            address: string | null;
        };
        UpdateOrganisationDto: {
            name?: string;
            caseNumberPrefix?: string;
            address?: string;
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
            role: "mediator" | "recorder" | "director" | "intake_clerk" | "judicial_officer" | "county_bureau" | "court_liaison" | "police_liaison" | "petition_liaison" | "admin";
            /** Format: uuid */
            organisationId: string;
            organisation: components["schemas"]["MeOrganisationDto"];
        };
        LoginResponseDto: {
            /** @description Bearer token for API clients; browsers use the session cookie */
            accessToken: string;
            /** Format: date-time */
            expiresAt: string;
            user: components["schemas"]["MeResponseDto"];
        };
        HealthDto: {
            /** @enum {string} */
            status: "ok" | "error";
            /** @enum {string} */
            db: "up" | "down";
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
}
