package org.tripleo.cdcloud.fleet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Recipes the fleet tests run on the sshd rig; they write only under the rig's HOME.
 */
final class FleetTestRecipes {

	private FleetTestRecipes() {
	}

	static void write(Path dir) throws IOException {
		Files.createDirectories(dir);
		Files.writeString(dir.resolve("greet.yaml"), """
				description: writes a greeting file per host, then reads it back
				parameters:
				  who:
				    pattern: "(?s).*"
				steps:
				  - name: write
				    run: echo "hello $who from $host" > "$HOME/greet-$host"
				  - name: read
				    run: cat "$HOME/greet-$host"
				""");
		Files.writeString(dir.resolve("count.yaml"), """
				parameters:
				  n:
				    type: integer
				    pattern: "[0-9]{1,3}"
				steps:
				  - name: count
				    run: seq "$n"
				""");
		Files.writeString(dir.resolve("fail-on.yaml"), """
				parameters:
				  bad:
				    pattern: "[a-z0-9-]+"
				steps:
				  - name: check
				    run: if [ "$host" = "$bad" ]; then echo bad host >&2; exit 7; fi
				""");
		Files.writeString(dir.resolve("marker.yaml"), """
				description: one slow step, then one line appended to a marker file per host
				steps:
				  - name: slow
				    run: sleep 1
				  - name: mark
				    run: echo once >> "$HOME/marker-$host"
				""");
	}

}
