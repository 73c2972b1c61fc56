// The sandboxed preload: exposes exactly the contract's API as `window.trailerdeck`.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { createPreloadApi } from './create-preload-api';

contextBridge.exposeInMainWorld('trailerdeck', createPreloadApi(ipcRenderer, webUtils));
