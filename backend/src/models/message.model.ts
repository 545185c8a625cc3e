import { Schema, model, type HydratedDocument, type InferSchemaType } from 'mongoose';

const messageSchema = new Schema(
  {
    meetingCode: { type: String, required: true },
    sender: {
      userId: { type: Schema.Types.ObjectId, ref: 'User', default: null },
      name: { type: String, required: true, maxlength: 80 },
    },
    text: { type: String, required: true, maxlength: 2000 },
  },
  { timestamps: { createdAt: true, updatedAt: false } },
);

messageSchema.index({ meetingCode: 1, createdAt: -1, _id: -1 });

type MessageAttrs = InferSchemaType<typeof messageSchema>;
export type MessageDocument = HydratedDocument<MessageAttrs>;
export const Message = model('Message', messageSchema);
