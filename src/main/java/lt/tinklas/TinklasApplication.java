package lt.tinklas;

import lt.tinklas.generator.GenerateCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(sharedModules = "shared")
public class TinklasApplication {

	public static void main(String[] args) {
		if (GenerateCommand.requested(args)) {
			// --tinklas.generate=large|platform|custom: fill the database and exit
			System.exit(GenerateCommand.run(TinklasApplication.class, args));
		}
		SpringApplication.run(TinklasApplication.class, args);
	}
}
