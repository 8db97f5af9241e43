import DecoupleCLI
DecoupleCommand.main()
