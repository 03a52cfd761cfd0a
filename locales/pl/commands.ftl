# Słowa, które działają jak polecenia bez ukośnika (w terminalu i na Signalu), oddzielone przecinkami.
command-start-words = start, zacznij
command-menu-words = menu
command-help-words = pomoc
command-language-words = język
command-privacy-words = prywatność
command-mydata-words = moje dane
command-delete-words = usuń, usuń dane
command-stop-words = stop, koniec
command-cancel-words = anuluj
command-updates-words = powiadomienia, wieści
