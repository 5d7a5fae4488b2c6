package org.tripleo.cdcloud.ssh;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** known_hosts parsed once per version of the file. */
class KnownHostsFileTest {

	private static final String HOST_171 = "[127.0.10.171]:2222 ssh-ed25519 "
			+ "AAAAC3NzaC1lZDI1NTE5AAAAIATT5hiQrvldidSTfgLaymMOqv/7ZqKUQ97baidHtdJJ\n";

	private static final String HOST_172 = "[127.0.10.172]:2222 ssh-ed25519 "
			+ "AAAAC3NzaC1lZDI1NTE5AAAAIIJAq9CdF1ejoxu8QTL6NkW2YgQKtyKE20eczXX6iEZX\n";

	@TempDir
	Path temp;

	@Test
	void shouldParseOnceAndAgainOnlyWhenTheFileChanges() throws Exception {
		// given
		Path file = Files.writeString(temp.resolve("known_hosts"), HOST_171);
		KnownHostsFile knownHosts = new KnownHostsFile(file);
		// when read twice, then once more after an edit
		var first = knownHosts.entries();
		var second = knownHosts.entries();
		Files.writeString(file, HOST_172, StandardOpenOption.APPEND);
		var edited = knownHosts.entries();
		// then
		assertThat(second).isSameAs(first).hasSize(1);
		assertThat(edited).hasSize(2);
	}

	@Test
	void shouldRefuseAMissingFile() {
		KnownHostsFile knownHosts = new KnownHostsFile(temp.resolve("absent"));
		assertThatThrownBy(knownHosts::entries)
			.isInstanceOfSatisfying(SshException.class, (ex) -> assertThat(ex.code()).isEqualTo("SSH-006"))
			.hasMessageContaining("every host key is checked against it");
	}

}
