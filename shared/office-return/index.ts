export {
  buildReturnData,
  type OfficeReturnInput,
  type ReturnMetaInput,
  suggestReturnFileName,
} from './build-return-data';
