import DecoupleCLI

DecoupleCommand.main()
