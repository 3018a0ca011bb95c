from zhframe.cli import main

raise SystemExit(main())
