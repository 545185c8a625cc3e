import { TextField, type TextFieldProps } from '../../../components/ui/TextField';

export function UsernameField(props: Omit<TextFieldProps, 'label' | 'type'>) {
  return (
    <TextField
      {...props}
      label="Username"
      autoComplete="username"
      autoCapitalize="none"
      spellCheck={false}
    />
  );
}
