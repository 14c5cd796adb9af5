from photoseek.cli import main

raise SystemExit(main())
