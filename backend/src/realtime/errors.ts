import { AppError } from '../errors/AppError.js';

export const validationFailed = (message = 'The payload is not valid.') =>
  new AppError(400, 'VALIDATION_FAILED', message);
export const meetingNotFound = () =>
  new AppError(404, 'MEETING_NOT_FOUND', 'There is no meeting with this code.');
export const meetingFull = (max: number) =>
  new AppError(409, 'MEETING_FULL', `This meeting is full (at most ${max} participants).`);
export const notInMeeting = (message = 'You are not in this meeting.') =>
  new AppError(409, 'NOT_IN_MEETING', message);
