// Editing and confirming the meeting record: saves merge field by field with what the other side
// saved meanwhile (use-merging-save, as the meeting plan does).
import { useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import type { MeetingRecordFieldsFragment } from '../../gql/graphql';
import { useMergingSave } from '../../ui/use-merging-save';
import { ConfirmMeetingRecordMutation, MeetingRecordQuery, UpdateMeetingRecordMutation } from './meeting-record.documents';
import { recordValues, toRecordInput, type RecordValues } from './record-values';

export function useMeetingRecordEditor(pairingId: string, record: MeetingRecordFieldsFragment) {
  const client = useApolloClient();
  const [editing, setEditing] = useState<{ start: RecordValues; key: number } | null>(null);
  const [update, { loading, error, reset }] = useMutation(UpdateMeetingRecordMutation);
  const merging = useMergingSave<RecordValues>({
    save: (v, version) => update({ variables: { pairingId, version, input: toRecordInput(v) } }),
    loadSaved: async () => {
      const fresh = await client.query({ query: MeetingRecordQuery, variables: { pairingId }, fetchPolicy: 'network-only' }).catch(() => null);
      const saved = fresh?.data?.meetingRecord;
      return saved ? { values: recordValues(saved), version: saved.version } : null;
    },
  });
  const closeWhenSaved = (saved: boolean) => { if (saved) setEditing(null); };
  const begin = () => {
    const start = recordValues(record);
    merging.begin({ values: start, version: record.version });
    reset();
    setEditing({ start, key: Date.now() });
  };
  const submit = (v: RecordValues) => void merging.submit(v).then(closeWhenSaved, () => {});
  const resolve = (v: RecordValues) => {
    setEditing({ start: v, key: Date.now() }); // the form shows the merge if the save is refused
    void merging.resolve(v).then(closeWhenSaved, () => {});
  };
  return { editing, merging, loading, error, begin, submit, resolve, close: () => setEditing(null) };
}

export function useConfirmRecord(pairingId: string, record: MeetingRecordFieldsFragment) {
  const [confirm, { loading, error }] = useMutation(ConfirmMeetingRecordMutation);
  return { loading, error, confirm: () => void confirm({ variables: { pairingId, version: record.version } }).catch(() => {}) };
}
