import { Eye, EyeOff } from 'lucide-react';
import { useState } from 'react';
import { IconButton } from '../../../components/ui/IconButton';
import { TextField, type TextFieldProps } from '../../../components/ui/TextField';

export function PasswordField(props: Omit<TextFieldProps, 'type' | 'trailing'>) {
  const [visible, setVisible] = useState(false);
  return (
    <TextField
      {...props}
      type={visible ? 'text' : 'password'}
      autoCapitalize="none"
      spellCheck={false}
      trailing={
        <IconButton
          size="md"
          label="Show password"
          pressed={visible}
          icon={visible ? <EyeOff /> : <Eye />}
          onClick={() => setVisible((value) => !value)}
        />
      }
    />
  );
}
