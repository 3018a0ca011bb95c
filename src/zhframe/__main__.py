from zhframe.run.cli import main

raise SystemExit(main())
