import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable, catchError, from, switchMap, throwError } from 'rxjs';
import type { components, operations } from './schema';

type Schemas = components['schemas'];

/** A document template as listed: its title, and where the version in force comes from. */
export type TemplateSummary = Schemas['TemplateSummaryDto'];
export type TemplateOrigin = TemplateSummary['origin'];
/** The version in force, with its Handlebars source (templates/README.md). */
export type TemplateSource = Schemas['TemplateSourceDto'];
export type UpdateTemplateRequest = Schemas['UpdateTemplateDto'];
/** The body of POST …/templates/:name/preview: the source to render, as PUT takes it. */
export type PreviewTemplateRequest =
  operations['OrganisationDocumentsController_previewTemplate']['requestBody']['content']['application/json'];

/**
 * HTTP calls of an organisation's document templates (文书模板): the version in force (the default,
 * an ancestor's, or its own), its own version, checked on sample cases before it is kept (422
 * TEMPLATE_INVALID naming the problem), a PDF preview, and back to the inherited one. No state, no UI.
 */
@Injectable({ providedIn: 'root' })
export class TemplatesApi {
  private readonly http = inject(HttpClient);

  list(organisationId: string): Observable<TemplateSummary[]> {
    return this.http.get<TemplateSummary[]>(templates(organisationId));
  }

  get(organisationId: string, name: string): Observable<TemplateSource> {
    return this.http.get<TemplateSource>(template(organisationId, name));
  }

  save(organisationId: string, name: string, source: string): Observable<TemplateSource> {
    const body: UpdateTemplateRequest = { source };
    return this.http.put<TemplateSource>(template(organisationId, name), body);
  }

  /** Drops the organisation's own version; answers with the one now in force (an ancestor's or the default). */
  reset(organisationId: string, name: string): Observable<TemplateSource> {
    return this.http.delete<TemplateSource>(template(organisationId, name));
  }

  /**
   * The PDF `source` renders on a sample case, nothing saved. A refusal (422 TEMPLATE_INVALID) comes
   * back as a Blob too: it is read into the API's JSON error body, so apiErrorMessage() finds the message.
   */
  preview(organisationId: string, name: string, source: string): Observable<Blob> {
    const body: PreviewTemplateRequest = { source };
    return this.http
      .post(`${template(organisationId, name)}/preview`, body, { responseType: 'blob' })
      .pipe(
        catchError((error: unknown) => from(withJsonBody(error)).pipe(switchMap((e) => throwError(() => e)))),
      );
  }
}

const templates = (organisationId: string) =>
  `/api/organisations/${encodeURIComponent(organisationId)}/templates`;
const template = (organisationId: string, name: string) =>
  `${templates(organisationId)}/${encodeURIComponent(name)}`;

/** The same error with its Blob body parsed as JSON, when it is JSON; otherwise the error as it was. */
async function withJsonBody(error: unknown): Promise<unknown> {
  if (!(error instanceof HttpErrorResponse) || !(error.error instanceof Blob)) return error;
  let body: unknown;
  try {
    body = JSON.parse(await error.error.text());
  } catch {
    return error;
  }
  return new HttpErrorResponse({
    error: body,
    headers: error.headers,
    status: error.status,
    statusText: error.statusText,
    url: error.url ?? undefined,
  });
}
