import type { Routes } from '@angular/router';
import { WorkbenchPage } from './workbench-page';

export const workbenchRoutes: Routes = [{ path: '', pathMatch: 'full', component: WorkbenchPage }];
