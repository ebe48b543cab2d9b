; Included by the uninstaller that electron-builder makes (electron/electron-builder.yml, nsis.include).
; Uninstalling keeps the office's data (%APPDATA%\Peer Office: the encrypted database, its keys and
; everything else Peer Office keeps there) unless the person asks to delete it here. The question
; defaults to No; a silent uninstall (/S) answers No; an upgrade, which runs the old uninstaller with
; --updated, never asks and never deletes.
!macro customUnInstall
  ${ifNot} ${isUpdated}
    MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 "Also delete this PC's Peer Office data?$\r$\n$\r$\nThis deletes the office database, its keys and everything else Peer Office keeps in $APPDATA\${PRODUCT_FILENAME}. It cannot be undone. Backups saved in a folder you chose (on a USB stick, say) are not touched.$\r$\n$\r$\nChoose No to keep it: installing Peer Office again finds the office as it was." /SD IDNO IDNO peerOfficeKeepData
      SetShellVarContext current
      RMDir /r "$APPDATA\${PRODUCT_FILENAME}"
    peerOfficeKeepData:
  ${endIf}
!macroend
