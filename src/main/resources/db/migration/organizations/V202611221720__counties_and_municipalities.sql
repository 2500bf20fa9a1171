-- Lithuania's 10 counties and 60 municipalities, generated from the reference file
-- lt-municipalities.csv (names, municipality codes as used by the Register Centre, ISO 3166-2 codes).
create table county (
    iso_code  varchar(6)   primary key,
    name      varchar(100) not null
);
create table municipality (
    iso_code     varchar(6)   primary key,
    code         varchar(4)   not null unique,
    name         varchar(100) not null,
    short_name   varchar(60)  not null,
    county_iso   varchar(6)   not null references county (iso_code)
);

insert into county (iso_code, name) values ('LT-AL', 'Alytaus apskritis');
insert into county (iso_code, name) values ('LT-KL', 'Klaipėdos apskritis');
insert into county (iso_code, name) values ('LT-KU', 'Kauno apskritis');
insert into county (iso_code, name) values ('LT-MR', 'Marijampolės apskritis');
insert into county (iso_code, name) values ('LT-PN', 'Panevėžio apskritis');
insert into county (iso_code, name) values ('LT-SA', 'Šiaulių apskritis');
insert into county (iso_code, name) values ('LT-TA', 'Tauragės apskritis');
insert into county (iso_code, name) values ('LT-TE', 'Telšių apskritis');
insert into county (iso_code, name) values ('LT-UT', 'Utenos apskritis');
insert into county (iso_code, name) values ('LT-VL', 'Vilniaus apskritis');

insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-02', '11', 'Alytaus miesto savivaldybė', 'Alytaus m. sav.', 'LT-AL');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-03', '33', 'Alytaus rajono savivaldybė', 'Alytaus r. sav.', 'LT-AL');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-07', '15', 'Druskininkų savivaldybė', 'Druskininkų sav.', 'LT-AL');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-24', '59', 'Lazdijų rajono savivaldybė', 'Lazdijų r. sav.', 'LT-AL');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-55', '38', 'Varėnos rajono savivaldybė', 'Varėnos r. sav.', 'LT-AL');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-05', '12', 'Birštono savivaldybė', 'Birštono sav.', 'LT-KU');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-10', '46', 'Jonavos rajono savivaldybė', 'Jonavos r. sav.', 'LT-KU');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-13', '49', 'Kaišiadorių rajono savivaldybė', 'Kaišiadorių r. sav.', 'LT-KU');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-15', '19', 'Kauno miesto savivaldybė', 'Kauno m. sav.', 'LT-KU');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-16', '52', 'Kauno rajono savivaldybė', 'Kauno r. sav.', 'LT-KU');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-18', '53', 'Kėdainių rajono savivaldybė', 'Kėdainių r. sav.', 'LT-KU');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-36', '69', 'Prienų rajono savivaldybė', 'Prienų r. sav.', 'LT-KU');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-38', '72', 'Raseinių rajono savivaldybė', 'Raseinių r. sav.', 'LT-KU');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-20', '21', 'Klaipėdos miesto savivaldybė', 'Klaipėdos m. sav.', 'LT-KL');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-21', '55', 'Klaipėdos rajono savivaldybė', 'Klaipėdos r. sav.', 'LT-KL');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-22', '56', 'Kretingos rajono savivaldybė', 'Kretingos r. sav.', 'LT-KL');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-28', '23', 'Neringos savivaldybė', 'Neringos sav.', 'LT-KL');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-31', '25', 'Palangos miesto savivaldybė', 'Palangos m. sav.', 'LT-KL');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-48', '75', 'Skuodo rajono savivaldybė', 'Skuodo r. sav.', 'LT-KL');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-46', '88', 'Šilutės rajono savivaldybė', 'Šilutės r. sav.', 'LT-KL');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-14', '48', 'Kalvarijos savivaldybė', 'Kalvarijos sav.', 'LT-MR');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-17', '58', 'Kazlų Rūdos savivaldybė', 'Kazlų Rūdos sav.', 'LT-MR');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-25', '18', 'Marijampolės savivaldybė', 'Marijampolės sav.', 'LT-MR');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-41', '84', 'Šakių rajono savivaldybė', 'Šakių r. sav.', 'LT-MR');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-56', '39', 'Vilkaviškio rajono savivaldybė', 'Vilkaviškio r. sav.', 'LT-MR');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-06', '36', 'Biržų rajono savivaldybė', 'Biržų r. sav.', 'LT-PN');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-23', '57', 'Kupiškio rajono savivaldybė', 'Kupiškio r. sav.', 'LT-PN');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-32', '27', 'Panevėžio miesto savivaldybė', 'Panevėžio m. sav.', 'LT-PN');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-33', '66', 'Panevėžio rajono savivaldybė', 'Panevėžio r. sav.', 'LT-PN');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-34', '67', 'Pasvalio rajono savivaldybė', 'Pasvalio r. sav.', 'LT-PN');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-40', '73', 'Rokiškio rajono savivaldybė', 'Rokiškio r. sav.', 'LT-PN');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-01', '32', 'Akmenės rajono savivaldybė', 'Akmenės r. sav.', 'LT-SA');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-11', '47', 'Joniškio rajono savivaldybė', 'Joniškio r. sav.', 'LT-SA');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-19', '54', 'Kelmės rajono savivaldybė', 'Kelmės r. sav.', 'LT-SA');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-30', '65', 'Pakruojo rajono savivaldybė', 'Pakruojo r. sav.', 'LT-SA');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-37', '71', 'Radviliškio rajono savivaldybė', 'Radviliškio r. sav.', 'LT-SA');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-43', '29', 'Šiaulių miesto savivaldybė', 'Šiaulių m. sav.', 'LT-SA');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-44', '91', 'Šiaulių rajono savivaldybė', 'Šiaulių r. sav.', 'LT-SA');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-12', '94', 'Jurbarko rajono savivaldybė', 'Jurbarko r. sav.', 'LT-TA');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-29', '63', 'Pagėgių savivaldybė', 'Pagėgių sav.', 'LT-TA');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-45', '87', 'Šilalės rajono savivaldybė', 'Šilalės r. sav.', 'LT-TA');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-50', '77', 'Tauragės rajono savivaldybė', 'Tauragės r. sav.', 'LT-TA');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-26', '61', 'Mažeikių rajono savivaldybė', 'Mažeikių r. sav.', 'LT-TE');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-35', '68', 'Plungės rajono savivaldybė', 'Plungės r. sav.', 'LT-TE');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-39', '74', 'Rietavo savivaldybė', 'Rietavo sav.', 'LT-TE');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-51', '78', 'Telšių rajono savivaldybė', 'Telšių r. sav.', 'LT-TE');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-04', '34', 'Anykščių rajono savivaldybė', 'Anykščių r. sav.', 'LT-UT');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-09', '45', 'Ignalinos rajono savivaldybė', 'Ignalinos r. sav.', 'LT-UT');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-27', '62', 'Molėtų rajono savivaldybė', 'Molėtų r. sav.', 'LT-UT');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-54', '82', 'Utenos rajono savivaldybė', 'Utenos r. sav.', 'LT-UT');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-59', '30', 'Visagino savivaldybė', 'Visagino sav.', 'LT-UT');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-60', '43', 'Zarasų rajono savivaldybė', 'Zarasų r. sav.', 'LT-UT');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-08', '42', 'Elektrėnų savivaldybė', 'Elektrėnų sav.', 'LT-VL');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-42', '85', 'Šalčininkų rajono savivaldybė', 'Šalčininkų r. sav.', 'LT-VL');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-47', '89', 'Širvintų rajono savivaldybė', 'Širvintų r. sav.', 'LT-VL');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-49', '86', 'Švenčionių rajono savivaldybė', 'Švenčionių r. sav.', 'LT-VL');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-52', '79', 'Trakų rajono savivaldybė', 'Trakų r. sav.', 'LT-VL');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-53', '81', 'Ukmergės rajono savivaldybė', 'Ukmergės r. sav.', 'LT-VL');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-57', '13', 'Vilniaus miesto savivaldybė', 'Vilniaus m. sav.', 'LT-VL');
insert into municipality (iso_code, code, name, short_name, county_iso) values ('LT-58', '41', 'Vilniaus rajono savivaldybė', 'Vilniaus r. sav.', 'LT-VL');
