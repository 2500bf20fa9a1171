package lt.tinklas.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Drops the run's PostgreSQL database when the test run ends. */
public class DropTestDatabase implements LauncherSessionListener {

	@Override
	public void launcherSessionClosed(LauncherSession session) {
		TestDatabase.runEnded();
	}
}
